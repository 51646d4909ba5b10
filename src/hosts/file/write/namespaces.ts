import { RELATIONSHIPS_NAMESPACE } from '../package/relationships';

/** The XML namespaces of the parts the writer creates. */
export const NAMESPACE = {
  spreadsheet: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: RELATIONSHIPS_NAMESPACE,
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
} as const;
