// The door to the import parsers: a file in, its format and a stream of records out.
// Detection reads the content (detect.ts); each format has its own parser module. Records are
// produced lazily: nothing is read past detection until the caller iterates.
import { parseCompanyContent } from './company-content';
import { parseCreatorAnalytics, type AnalyticsOptions } from './creator-analytics';
import { detectFormat, type Detection } from './detect';
import { parseLinkedInArchive, type ArchiveOptions } from './linkedin-archive';
import { parseOptlensConsentCsv } from './optlens-consent-csv';
import { parseOptlensCsv } from './optlens-csv';
import { parsePostAnalytics } from './post-analytics';
import { parseSharesCsv } from './shares-csv';
import type { FormatId, ImportSource, ParsedRecord } from './types';

export type ImportOptions = AnalyticsOptions & ArchiveOptions;

export async function parseImport(
  source: ImportSource,
  options: ImportOptions = {},
): Promise<{ format: FormatId; detection: Detection; records: AsyncGenerator<ParsedRecord> }> {
  const detection = await detectFormat(source);
  return { format: detection.format, detection, records: parserFor(detection.format)(source, options) };
}

function parserFor(format: FormatId): (source: ImportSource, options: ImportOptions) => AsyncGenerator<ParsedRecord> {
  switch (format) {
    case 'linkedin-archive':
      return parseLinkedInArchive;
    case 'linkedin-shares-csv':
      return parseSharesCsv;
    case 'linkedin-creator-analytics':
      return parseCreatorAnalytics;
    case 'linkedin-post-analytics':
      return parsePostAnalytics;
    case 'linkedin-company-content':
      return parseCompanyContent;
    case 'optlens-posts-csv':
      return parseOptlensCsv;
    case 'optlens-consent-csv':
      return parseOptlensConsentCsv;
  }
}

export { detectFormat, type Detection } from './detect';
export { activityIdFromUrl, activityIdTime, canonicalPostUrl, parsePostRef } from './linkedin-urls';
export { OPTLENS_CONSENT_HEADER, renderConsentTemplateSample } from './optlens-consent-csv';
export { OPTLENS_POSTS_COLUMNS, OPTLENS_POSTS_COLUMN_DOCS, OPTLENS_POSTS_HEADER, renderPostsTemplateSample } from './optlens-template';
export { parseCompanyContent, parseCreatorAnalytics, parseLinkedInArchive, parseOptlensCsv, parsePostAnalytics, parseSharesCsv };
export * from './types';
