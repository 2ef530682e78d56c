// The door to exports: the whole workspace as a streamed zip of CSV files with a README.
export { csvCell, escapeFormula } from './csv-cell';
export { exportReadme } from './readme';
export { EXPORT_SOURCES, NOT_EXPORTED, OMITTED_COLUMNS, type ExportSource } from './sources';
export { exportFileName, exportWorkspaceZip, tableCsv } from './workspace-export';
