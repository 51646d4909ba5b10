import type { ChartPlan } from '../../../core';
import { escapeAttribute, xmlSafe, XML_DECLARATION } from '../package/xml';
import { NAMESPACE } from './namespaces';

export interface ChartFrame {
  readonly chart: ChartPlan;
  /** The drawing's relationship to the chart part. */
  readonly relationshipId: string;
}

/** A drawing part holding each chart in a frame anchored to the cells the plan gives (it moves and sizes with them). */
export function drawingXml(frames: readonly ChartFrame[]): string {
  return (
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NAMESPACE.spreadsheetDrawing}" xmlns:a="${NAMESPACE.drawing}">` +
    frames.map((frame, i) => anchorXml(frame, i + 1)).join('') +
    '</xdr:wsDr>'
  );
}

/** `from` is the top-left corner of the anchor's first cell, `to` the bottom-right corner of its last (0-based markers). */
function anchorXml({ chart, relationshipId }: ChartFrame, number: number): string {
  const { top, left, bottom, right } = chart.anchor;
  return (
    '<xdr:twoCellAnchor>' +
    markerXml('from', top - 1, left - 1) +
    markerXml('to', bottom, right) +
    '<xdr:graphicFrame macro="">' +
    '<xdr:nvGraphicFramePr>' +
    `<xdr:cNvPr id="${number + 1}" name="Chart ${number}" descr="${escapeAttribute(xmlSafe(chart.title))}"/><xdr:cNvGraphicFramePr/>` +
    '</xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="${NAMESPACE.chart}" xmlns:r="${NAMESPACE.relationships}" r:id="${relationshipId}"/>` +
    '</a:graphicData></a:graphic>' +
    '</xdr:graphicFrame>' +
    '<xdr:clientData/>' +
    '</xdr:twoCellAnchor>'
  );
}

function markerXml(name: 'from' | 'to', row: number, column: number): string {
  const offsets = `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:${name}>${offsets}</xdr:${name}>`;
}
