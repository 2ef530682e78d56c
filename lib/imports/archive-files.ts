// The files of LinkedIn's data archive that Optlens recognises but does not import (yet), so an
// import can say what it skipped instead of ignoring it. Names are matched on the file's base
// name, without extension, member-id suffix (`Shares_12345.csv`) or case.

/** Base name (normalized: lower case, letters and digits only) → what the file holds. */
const KNOWN_FILES: Record<string, string> = {
  comments: 'your comments on posts',
  reactions: 'your reactions to posts',
  instantreposts: 'your reposts without comment',
  connections: 'your connections',
  profile: 'your profile',
  profilesummary: 'your profile summary',
  positions: 'your positions',
  education: 'your education',
  skills: 'your skills',
  languages: 'your languages',
  certifications: 'your certifications',
  courses: 'your courses',
  projects: 'your projects',
  publications: 'your publications',
  honors: 'your honors',
  patents: 'your patents',
  volunteering: 'your volunteering',
  organizations: 'your organizations',
  causesyoucareabout: 'causes you care about',
  testscores: 'your test scores',
  recommendationsreceived: 'recommendations you received',
  recommendationsgiven: 'recommendations you gave',
  endorsementreceivedinfo: 'endorsements you received',
  endorsementgiveninfo: 'endorsements you gave',
  messages: 'your messages',
  guidemessages: 'your messages with LinkedIn guides',
  learningcoachmessages: 'your LinkedIn Learning coach messages',
  invitations: 'your invitations',
  emailaddresses: 'your email addresses',
  phonenumbers: 'your phone numbers',
  whatsappphonenumbers: 'your WhatsApp numbers',
  registration: 'your registration',
  logins: 'your sign-ins',
  securitychallenges: 'your security challenges',
  companyfollows: 'companies you follow',
  memberfollows: 'members you follow',
  hashtagfollows: 'hashtags you follow',
  adtargeting: 'your ad targeting',
  adsclicked: 'ads you clicked',
  inferencesaboutyou: "LinkedIn's inferences about you",
  learning: 'your LinkedIn Learning activity',
  richmedia: 'your uploaded media',
  savedjobs: 'jobs you saved',
  savedjobalerts: 'your job alerts',
  jobapplications: 'your job applications',
  jobseekerpreferences: 'your job seeker preferences',
  onlinejobapplications: 'your job applications',
  savedanswers: 'your saved application answers',
  screeningquestionresponses: 'your screening answers',
  votes: 'your poll votes',
  events: 'your events',
  groups: 'your groups',
  receipts: 'your purchases',
  receiptsv2: 'your purchases',
  searchqueries: 'your searches',
  servicesmarketplace: 'your services page',
  verifications: 'your verifications',
  privateidentityasset: 'your identity documents',
  articles: 'your articles',
  contacts: 'your imported contacts',
  importedcontacts: 'your imported contacts',
  memberstorycard: 'your story cards',
  coachingquestionsbot: 'your LinkedIn coach answers',
  providers: 'your service providers',
};

/** What a recognised archive file holds, or null for a file LinkedIn's archive is not known to contain. */
export function describeArchiveFile(path: string): string | null {
  if (/(^|\/)articles\//i.test(path)) return 'your articles';
  const base = path.split('/').pop() ?? path;
  if (!/\.csv$/i.test(base)) return null;
  const key = base
    .replace(/\.csv$/i, '')
    .replace(/_\d+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return KNOWN_FILES[key] ?? null;
}

/** `Shares.csv`, `Shares_<member id>.csv`, in any folder of the archive. */
export function isSharesFile(path: string): boolean {
  const base = path.split('/').pop() ?? path;
  return /^shares(?:[_ -][^/]*)?\.csv$/i.test(base);
}

/** Entries an archive carries that are not the member's data: folders, macOS resource forks, dot-files. */
export function isArchiveNoise(path: string): boolean {
  return path.endsWith('/') || path.split('/').some((part) => part === '__MACOSX' || part.startsWith('.'));
}

/** Archives and compressed files inside the archive: refused rather than unpacked. */
export function isNestedArchive(path: string): boolean {
  return /\.(zip|7z|rar|gz|tgz|bz2|xz|tar|jar|xlsx|xlsm|docx|pptx|odt|ods)$/i.test(path);
}
