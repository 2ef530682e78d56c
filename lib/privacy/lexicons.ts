// Word lists of the sensitive topics. Each entry is a regex fragment matched as a whole word,
// case-insensitively, accent- and hyphen-tolerantly (termSource in text.ts); `_CASED` lists are
// matched as written (acronyms such as "AIDS" or "NDA" are ordinary words in lower case).
// Words with common business senses are only listed in a personal phrase: not "hospital" but
// "in hospital", not "disabled" (a feature) but "disability", not "mortgage" but "my mortgage".

export const HEALTH = [
  // EN: diagnoses and treatment
  'diagnosed', 'diagnosis', 'cancer', 'cancer survivor', 'tumou?r', 'chemo', 'chemotherapy', 'radiotherapy',
  'radiation therapy', 'leuka?emia', 'lymphoma', 'diabetes', 'diabetic', 'mastectomy', 'dementia', "alzheimer's",
  'multiple sclerosis', 'epilepsy', 'seizures?', 'had a stroke', 'suffered a stroke', 'heart attack', 'concussion',
  'long covid', 'tested positive', 'endometriosis', 'menopause', 'chronic illness', 'chronic pain',
  'chronic fatigue', 'terminally ill', 'illness', 'medical condition', 'health condition', 'health scare',
  'health issues', 'surgery', 'in hospital', 'in the hospital', 'hospitali[sz]ed', 'hospital bed', 'hospital stay',
  'medication', 'sick leave', 'medical leave', 'rehab',
  // pregnancy and fertility
  'pregnant', 'pregnancy', 'miscarriage', 'fertility', 'infertility', 'post-partum', 'stillbirth', 'expecting a baby',
  // mental health
  'mental health', 'mental illness', 'depression', 'depressive', 'anxiety disorder', 'panic attacks?', 'burn-out',
  'therapy', 'therapist', 'psychiatrist', 'psychologist', 'antidepressants?', 'bipolar', 'schizophrenia',
  'eating disorder', 'anorexia', 'bulimia', 'addiction', 'alcoholism', 'sobriety', 'suicide', 'suicidal',
  'self-harm',
  // disability and neurodivergence
  'disability', 'disabilities', 'wheelchair', 'autism', 'autistic', 'dyslexia', 'dyslexic', 'neurodivergent',
  // DE
  'krebs', 'diagnose', 'depressionen', 'schwanger', 'schwangerschaft', 'therapie', 'psychotherapie', 'im krankenhaus',
  'klinikaufenthalt', 'krankheit', 'erkrankung', 'erkrankt', 'krankgeschrieben', 'behinderung', 'schwerbehindert',
  'fehlgeburt', 'chemotherapie', 'angststörung',
  // FR
  'dépression', 'enceinte', 'grossesse', 'maladie', "à l'hôpital", 'hospitalisée?', 'handicap', 'handicapée?',
  'thérapie', 'fausse couche', 'arrêt maladie', 'diagnostiquée?',
  // ES
  'cáncer', 'depresión', 'embarazada', 'embarazo', 'enfermedad', 'hospitalizad[oa]', 'discapacidad', 'terapia',
  'baja médica', 'diagnosticad[oa]', 'aborto espontáneo', 'ansiedad',
];
export const HEALTH_CASED = ['HIV', 'AIDS', 'ADHD', 'PTSD', 'OCD', 'IVF', 'ALS', 'COPD', 'ME/CFS'];

export const FINANCE = [
  'my salary', 'my income', 'my pay', 'my paycheck', 'my payslip', 'my bonus', 'my debts?', 'our debts?', 'in debt',
  'debt', 'debts', 'debt-free', 'student loans?', 'student debt', 'credit card debt', 'my mortgage', 'our mortgage',
  'loan', 'loans', 'payday loan', 'bankrupt', 'bankruptcy', 'went bankrupt', 'filed for bankruptcy', 'insolvency',
  'insolvent', 'overdraft', 'foreclosure', 'repossessed', 'net worth', 'my savings', 'pay cut', 'credit score',
  'unemployment benefits', 'food stamps',
  // DE, FR, ES, NL
  'mein gehalt', 'gehalt', 'schulden', 'verschuldet', 'kredit', 'insolvenz', 'privatinsolvenz', 'pleite',
  'mon salaire', 'salaire', 'dettes?', 'endettée?', 'faillite', 'surendettement', 'mi sueldo', 'sueldo',
  'salario', 'deudas?', 'préstamo', 'hipoteca', 'quiebra', 'bancarrota', 'mijn salaris', 'salaris', 'schuld',
  'schulden', 'faillissement',
];

/**
 * Who says the amount is theirs: the phrase an income amount must follow (topics.ts). A bare
 * "salary" is not one: "Salary range: €60,000 – €75,000" is a job ad, not somebody's pay.
 */
export const PERSONAL_PAY = [
  'i earn', 'i earned', 'i make', 'i made', 'i get paid', 'i got paid', 'i was paid', 'i am paid', "i'm paid",
  'we earn', 'we make', 'we made', 'i take home', 'i bring home', 'i charge', 'my salary', 'my income', 'my pay',
  'my bonus', 'my raise', 'my rent', 'my debt', 'my compensation', 'my package', 'my base salary',
  'my starting salary', 'his salary', 'her salary', 'their salary', 'his income', 'her income', 'ich verdiene',
  'mein gehalt', 'je gagne', 'mon salaire', 'gano', 'mi sueldo', 'mi salario', 'ik verdien', 'mijn salaris',
];

export const RELATIVES = [
  'sons?', 'daughters?', 'kids?', 'child', 'children', 'baby', 'babies', 'toddler', 'teenager', 'twins', 'wife',
  'husband', 'spouse', 'fiancée?', 'girlfriend', 'boyfriend', 'mum', 'mom', 'mother', 'dad', 'father', 'parents',
  'brother', 'sister', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'grandson', 'granddaughter',
  'grandchildren', 'stepson', 'stepdaughter', 'niece', 'nephew', 'mother-in-law', 'father-in-law', 'ex-wife',
  'ex-husband',
];

export const FAMILY = [
  'divorce', 'divorced', 'getting divorced', 'custody', 'custody battle', 'single mom', 'single mum', 'single dad',
  'single parent', 'widow', 'widowed', 'widower', 'maternity leave', 'paternity leave', 'parental leave',
  // DE, FR, ES, NL
  'scheidung', 'geschieden', 'sorgerecht', 'elternzeit', 'mutterschutz', 'mein sohn', 'meine tochter', 'meine frau',
  'mein mann', 'meine kinder', 'mon fils', 'ma fille', 'ma femme', 'mon mari', 'mes enfants', 'divorcée?',
  'congé maternité', 'congé parental', 'mi hijo', 'mi hija', 'mi esposa', 'mi marido', 'mis hijos', 'divorcio',
  'divorciad[oa]', 'mijn zoon', 'mijn dochter', 'mijn vrouw', 'mijn man', 'mijn kinderen', 'scheiding', 'gescheiden',
];

export const CONFIDENTIAL = [
  'confidential', 'strictly confidential', 'highly confidential', 'proprietary and confidential', 'internal only',
  'internal use only', 'for internal use', 'for internal use only', 'not public yet', 'not yet public',
  'not public', 'not yet announced', 'not been announced', 'under embargo', 'embargoed', 'do not share',
  "don't share", 'please do not share', 'do not forward', "don't forward", 'do not distribute',
  'draft - do not distribute', 'draft: do not distribute', 'not for distribution', 'not for publication',
  'top secret', 'trade secret', 'off the record',
  // DE, FR, ES, NL
  'vertraulich', 'streng vertraulich', 'nur intern', 'nur für den internen gebrauch', 'nicht weitergeben',
  'nicht öffentlich', 'sperrfrist', 'confidentiel', 'confidentielle', 'usage interne', 'ne pas diffuser',
  'ne pas partager', 'confidencial', 'uso interno', 'no compartir', 'no difundir', 'vertrouwelijk', 'alleen intern',
  'niet delen',
];
export const CONFIDENTIAL_CASED = ['NDA', 'under NDA'];

/** Cues of whereabouts; the place after them must be capitalised (location.ts). */
export const WHEREABOUTS = [
  "i'm at", 'i am at', "we're at", 'we are at', "i'm in", 'i am in', "we're in", 'currently in', 'currently at',
  'right now in', 'right now at', 'i live in', 'we live in', 'living in', 'staying at', 'staying in',
  'checked in at', 'checking in at', 'landed in', 'just landed in', 'arrived in', 'just arrived in', 'on my way to',
  'heading to', 'sitting in', 'my home in', 'our home in', 'just moved to', 'ich bin gerade in', 'bin gerade in',
  'ich wohne in', 'wohne in', 'je suis à', "j'habite à", 'actuellement à', 'vivo en', 'estoy en', 'ahora en',
  'ik woon in', 'ik ben in',
];
