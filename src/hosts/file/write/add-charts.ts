import type { ChartPlan } from '../../../core';
import type { EditablePackage } from '../package/editable-package';
import { RELATIONSHIP, relationshipsPartOf, relationshipsXml, relativeTarget } from '../package/relationships';
import type { ColumnValues } from './chart-series';
import { chartXml } from './chart-xml';
import { addOverride, CONTENT_TYPE } from './content-types';
import { drawingXml } from './drawing-xml';
import { freePartName } from './part-names';

/** A sheet's charts: one chart part each, all framed in one new drawing part. Returns the drawing part. */
export async function addCharts(pkg: EditablePackage, folder: string, charts: readonly ChartPlan[], values: ColumnValues): Promise<string> {
  const drawing = freePartName(pkg, `${folder}drawings/drawing`);
  const frames = [];
  for (const [i, chart] of charts.entries()) {
    const part = freePartName(pkg, `${folder}charts/chart`);
    pkg.write(part, chartXml(chart, values));
    await addOverride(pkg, part, CONTENT_TYPE.chart);
    frames.push({ chart, relationshipId: `rId${i + 1}`, target: relativeTarget(drawing, part) });
  }
  pkg.write(drawing, drawingXml(frames));
  const relationships = frames.map(({ relationshipId, target }) => ({ id: relationshipId, type: RELATIONSHIP.chart, target }));
  pkg.write(relationshipsPartOf(drawing), relationshipsXml(relationships));
  await addOverride(pkg, drawing, CONTENT_TYPE.drawing);
  return drawing;
}
