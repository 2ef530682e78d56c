// Table-driven cases for every kind of privacy finding: what is reported (the exact spans, in
// order) and, as important, what is not.
import { describe, expect, it } from 'vitest';
import { scanPrivacy, type PrivacyKind } from '@/lib/privacy';

type Case = [behaviour: string, text: string, spans: string[]];

function spansOf(kind: PrivacyKind, text: string, authorNames?: string[]): string[] {
  return scanPrivacy(text, { authorNames }).findings.filter((f) => f.kind === kind).map((f) => f.text);
}

const TABLE: Record<PrivacyKind, { positives: Case[]; negatives: Case[] }> = {
  email: {
    positives: [
      ['a plain address', 'Write to jane.doe@example.com today', ['jane.doe@example.com']],
      ['a plus tag and a country domain', 'cv: j.doe+jobs@mail.co.uk.', ['j.doe+jobs@mail.co.uk']],
      ['an internationalised address', 'Schreib an zoë.müller@bücher.de!', ['zoë.müller@bücher.de']],
      ['two addresses', 'a@b.io, c_d@e-f.org', ['a@b.io', 'c_d@e-f.org']],
      ['an address in angle brackets', 'Contact <press@acme.com>', ['press@acme.com']],
      ['an address in a mailto link', 'mailto:hr@acme.com', ['hr@acme.com']],
    ],
    negatives: [
      ['an @-mention is not an email', 'Thanks @JaneDoe for this', []],
      ['a handle with a domain-like word is not an email', 'follow @acme.io on X', []],
      ['an address without a top-level domain is not an email', 'root@localhost is down', []],
      ['a lone @ sign is not an email', 'meet @ 5pm at the office', []],
      ['a numeric top-level domain is not an email', 'user@10.0.0.1 is an IP', []],
    ],
  },
  phone: {
    positives: [
      ['an international number with a plus', 'Call +44 20 7946 0958 now', ['+44 20 7946 0958']],
      ['a plus number with a trunk zero in parentheses', 'Tel +44 (0)20 7946 0958', ['+44 (0)20 7946 0958']],
      ['a North American number', 'Reach us at (555) 123-4567.', ['(555) 123-4567']],
      ['a toll-free number with a leading 1', 'Dial 1-800-555-0199', ['1-800-555-0199']],
      ['a German number with a trunk zero', 'Büro: 030 1234567', ['030 1234567']],
      ['a German number with a slash', 'Ruf an: 0171/1234567', ['0171/1234567']],
      ['a French number in pairs', 'Mon numéro: 01 23 45 67 89', ['01 23 45 67 89']],
      ['a dotted French number', 'Tél. 06.12.34.56.78', ['06.12.34.56.78']],
      ['a Spanish number in groups', 'Móvil 612 34 56 78', ['612 34 56 78']],
      ['a 00 international prefix', 'ring 0049 30 123456', ['0049 30 123456']],
      ['ungrouped digits after a phone word', 'WhatsApp me: 5551234567', ['5551234567']],
      ['ungrouped digits before a phone word', '07700900123 (mobile)', ['07700900123']],
      ['two numbers listed with a dash', 'Call 030 1234567 - 0171 7654321', ['030 1234567', '0171 7654321']],
    ],
    negatives: [
      ['a 10-digit order number is not a phone number', 'Order 1234567890 shipped today', []],
      ['a 10-digit number without context is not a phone number', 'We passed 1234567890 impressions', []],
      ['a reference number after "call" is still a reference', 'Call us about invoice 0301234567', []],
      ['a date is not a phone number', 'Launch on 12.03.2024 and 2024-03-12', []],
      ['a year range is not a phone number', 'At Acme 2019-2023, then 1990 – 2020', []],
      ['a price is not a phone number', 'Raised $1,250,000 and € 2 500 000 and 1 250 000 €', []],
      ['a thousands-grouped count is not a phone number', 'We reached 1.234.567 people', []],
      ['a LinkedIn URN is not a phone number', 'urn:li:activity:7123456789012345678', []],
      ['an id in a URL is not a phone number', 'https://example.com/posts/555-123-4567 and example.com/p/0301234567', []],
      ['an IP address is not a phone number', 'server 192.168.100.200 is up', []],
      ['a number glued to a unit is not a phone number', 'shipped 5551234567kg', []],
      ['a short number is not a phone number', 'call 112 or 999', []],
    ],
  },
  address: {
    positives: [
      ['an English street address', 'Come to 221B Baker Street tonight', ['221B Baker Street']],
      ['a street with its town and UK postcode', 'at 10 Downing Street, London SW1A 2AA.', ['10 Downing Street, London SW1A 2AA']],
      ['an abbreviated US street with a unit', 'We moved to 1600 Pennsylvania Ave NW, Suite 200', ['1600 Pennsylvania Ave NW, Suite 200']],
      ['a German street with its postcode and town', 'Adresse: Hauptstraße 5, 10115 Berlin', ['Hauptstraße 5, 10115 Berlin']],
      ['a separate-word German street', 'Berliner Straße 12a ist neu', ['Berliner Straße 12a']],
      ['a Dutch street with its postcode', 'Keizersgracht 123, 1015 CJ Amsterdam', ['Keizersgracht 123, 1015 CJ']],
      ['a Dutch laan', 'ons kantoor: Kerklaan 3', ['Kerklaan 3']],
      ['a French street', 'au 12 rue de la Paix à Paris', ['12 rue de la Paix']],
      ['a Spanish street', 'en la Calle Mayor 5, Madrid', ['Calle Mayor 5']],
      ['a PO box', 'Send it to P.O. Box 1234', ['P.O. Box 1234']],
      ['a German Postfach', 'Postfach 10 01 23', ['Postfach 10 01']],
      ['a US city, state and ZIP', 'Springfield, IL 62704 is home', ['Springfield, IL 62704']],
      ['a US street with its city, state and ZIP', 'moved to 500 Market St, San Francisco, CA 94105.', ['500 Market St, San Francisco, CA 94105']],
      ['a Canadian province and postal code', 'Toronto ON M5V 3L9', ['ON M5V 3L9']],
      ['a postcode after an address word', 'Our postcode is SW1A 1AA', ['SW1A 1AA']],
    ],
    negatives: [
      ['a street word without a house number is not an address', 'Wall Street analysts expect growth', []],
      ['a number before a lower-case road is not an address', 'the 3 roads ahead of us', []],
      ['a number before an ordinary phrase is not an address', '5 Main Lessons from Road trips', []],
      ['a postcode-like token without context is not an address', 'The SW1A 1AA token and 1015 CJ and 10115 Berlin', []],
      ['a year before a plural is not an address', 'In 2024 Marketing Teams grew', []],
      ['a compound word with a year is not an address', 'Der Arbeitsmarkt 2024 wächst', []],
      ['a state code with a number is not a ZIP without a city', 'Call CA 90210', []],
    ],
  },
  payment_card: {
    positives: [
      ['a Visa number in groups of four', 'card 4111 1111 1111 1111 exp 12/25', ['4111 1111 1111 1111']],
      ['a Mastercard number with dashes', 'pay with 5555-5555-5555-4444', ['5555-5555-5555-4444']],
      ['an American Express number in 4-6-5 groups', 'Amex 3782 822463 10005', ['3782 822463 10005']],
      ['a card number in one block', 'my card is 4012888888881881', ['4012888888881881']],
      ['a card number after "call" is a card, not a phone', 'call 6011 1111 1111 1117', ['6011 1111 1111 1117']],
      ['a 2-series Mastercard', '2223 0031 2200 3222 was charged', ['2223 0031 2200 3222']],
    ],
    negatives: [
      ['a Luhn-invalid number is not a card', 'card 4111 1111 1111 1112', []],
      ['a Luhn-valid number with an unknown issuer is not a card', 'id 9999 9999 9999 9995', []],
      ['a Luhn-valid number of the wrong length for its brand is not a card', 'amex 3782 8224 6310 0052', []],
      ['mixed separators are not a card', '4111 1111-1111 1111', []],
      ['a 12-digit number is not a card', '4111 1111 1111', []],
      ['a LinkedIn activity id is not a card', 'urn:li:activity:4111111111111111', []],
      ['a card-like number inside a URL is not a card', 'https://example.com/4111111111111111', []],
    ],
  },
  iban: {
    positives: [
      ['a German IBAN in groups', 'IBAN: DE89 3704 0044 0532 0130 00.', ['DE89 3704 0044 0532 0130 00']],
      ['a compact British IBAN', 'GB82WEST12345698765432 is mine', ['GB82WEST12345698765432']],
      ['a French IBAN with letters in the BBAN', 'FR14 2004 1010 0505 0001 3M02 606', ['FR14 2004 1010 0505 0001 3M02 606']],
      ['a Dutch IBAN', 'NL91ABNA0417164300', ['NL91ABNA0417164300']],
      ['a Belgian IBAN followed by words', 'rekening BE68 5390 0754 7034 bedankt', ['BE68 5390 0754 7034']],
      ['a lower-case IBAN', 'ch93 0076 2011 6238 5295 7', ['ch93 0076 2011 6238 5295 7']],
    ],
    negatives: [
      ['an IBAN with a wrong checksum is not an IBAN', 'DE88 3704 0044 0532 0130 00', []],
      ['an IBAN one character short is not an IBAN', 'DE89 3704 0044 0532 0130 0', []],
      ['an IBAN one character long is not an IBAN', 'DE893704004405320130001', []],
      ['an unknown country code is not an IBAN', 'ZZ89 3704 0044 0532 0130 00', []],
      ['an IBAN glued into a word is not an IBAN', 'xDE89370400440532013000', []],
      ['mixed-case country code is not an IBAN', 'De89370400440532013000', []],
    ],
  },
  person_name: {
    positives: [
      ['a LinkedIn mention of a full name', 'Great panel with @Priya Patel today', ['@Priya Patel']],
      ['a handle mention', 'cc @jane_doe42 for the slides', ['@jane_doe42']],
      ['a colleague named after the cue', 'My colleague Sarah Connor built it', ['Sarah Connor']],
      ['a thanks with a list of names', 'Thanks to Jean-Luc Picard, Zoë Müller and Seán O’Brien!', ['Jean-Luc Picard', 'Zoë Müller', 'Seán O’Brien']],
      ['congrats and a name', 'Congrats Maria García on the launch', ['Maria García']],
      ['a name with particles', 'met with Anne van der Berg in Utrecht', ['Anne van der Berg']],
      ['a titled name', 'Dr. Smith and Frau Müller agreed', ['Dr. Smith', 'Frau Müller']],
      ['a German cue', 'danke an Lukas Schmidt', ['Lukas Schmidt']],
      ['a name cut at a non-name word', 'with Priya Patel Today we shipped', ['Priya Patel']],
      ['a mention cut at a non-name word', 'props @Priya Patel Thanks again', ['@Priya Patel']],
    ],
    negatives: [
      ["'Product Manager' at sentence start is not a person", 'With Product Manager roles opening, apply now', []],
      ['a city is not a person', 'Thanks to New York for hosting', []],
      ['a product is not a person', 'with Google Cloud and Microsoft Teams', []],
      ['a single capitalised word after a cue is not a person', 'Thanks Jane for everything', []],
      ['two capitalised words without a cue are not a person', 'Jane Doe joined the call', []],
      ["the author's own name is not another person", 'Thanks to Jane Doe for reading, from @Jane Doe', []],
      ["the author's name without the middle initial is not another person", 'with Michelle Raymond', []],
      ["the author's handle is not another person", 'follow @michelle_raymond', []],
      ['an email address is not a mention', 'jane@doe.com', []],
      ['a company mention is not a person', 'Proud to join @Microsoft and @LinkedIn', []],
    ],
  },
  health: {
    positives: [
      ['a diagnosis', 'I was diagnosed with cancer in May', ['diagnosed', 'cancer']],
      ['a pregnancy', 'Yes, I am pregnant!', ['pregnant']],
      ['burnout in its spellings', 'My burnout taught me; burn-out is real', ['burnout', 'burn-out']],
      ['mental health and therapy', 'Mental health matters: therapy helped', ['Mental health', 'therapy']],
      ['an acronym written as such', 'Living with ADHD and PTSD', ['ADHD', 'PTSD']],
      ['German and Spanish words', 'Ich bin schwanger. Tengo depresión', ['schwanger', 'depresión']],
      ['a French word without its accent', 'sortie de depression', ['depression']],
      ['a decomposed accent', 'une de\u0301pression', ['de\u0301pression']],
      ['a hospital stay', 'Two weeks in hospital after surgery', ['in hospital', 'surgery']],
    ],
    negatives: [
      ['the verb "aids" is not AIDS', 'This tool aids writers', []],
      ['a disabled feature is not a disability', 'We disabled the feature flag', []],
      ['a hospital as a customer is not a health finding', 'We sell software to hospitals', []],
      ['a word inside a longer word is not a finding', 'Cancerian horoscopes and pregnantly pauses', []],
      ['business operations are not surgery', 'Our operations team scaled', []],
    ],
  },
  finance: {
    positives: [
      ['a salary figure', 'My salary is $120k now', ['My salary is $120k']],
      ['"I earn" with an amount', 'I earn €5.000 a month', ['I earn €5.000']],
      ['an amount with the currency after it', 'her salary of 85,000 EUR', ['her salary of 85,000 EUR']],
      ['debt and bankruptcy', 'We were in debt, then bankruptcy', ['in debt', 'bankruptcy']],
      ['student loans', 'paid off my student loans', ['student loans']],
      ['German words', 'Mein Gehalt reicht nicht, Schulden', ['Mein Gehalt', 'Schulden']],
    ],
    negatives: [
      ['"I make" without an amount is not finance', 'I make mistakes every day', []],
      ['company revenue is not personal finance', 'Revenue grew to $5M this year', []],
      ['a price is not an income', 'The course costs €99', []],
      ['"I earned" trust is not finance', 'I earned their trust', []],
      ['an amount in another sentence is not a salary', 'I earn. Then $100k went to charity', []],
      ["a job ad's salary range is not someone's pay", 'Salary range: €60,000 – €75,000 for this role', []],
    ],
  },
  location: {
    positives: [
      ["I'm at a named place", "I'm at the Grand Hyatt this week", ["I'm at the Grand Hyatt"]],
      ['currently in a city', 'Currently in Lisbon for the summit', ['Currently in Lisbon']],
      ['where someone lives', 'We live in Utrecht now', ['We live in Utrecht']],
      ['a pin emoji with a place', '📍 San Sebastián', ['📍 San Sebastián']],
      ['a hotel room number', 'staying at the Ritz, room 1204', ['staying at the Ritz', 'room 1204']],
      ['decimal GPS coordinates', 'here: 52.5200, 13.4050 now', ['52.5200, 13.4050']],
      ['GPS coordinates with hemispheres', '40.7128 N, 74.0060 W', ['40.7128 N, 74.0060 W']],
      ['degrees-minutes-seconds coordinates', '48°51′24″N 2°21′03″E', ['48°51′24″N 2°21′03″E']],
      ['a German cue', 'Ich wohne in München', ['Ich wohne in München']],
    ],
    negatives: [
      ["I'm in charge is not a whereabout", "I'm in charge of growth", []],
      ['live in the moment is not a whereabout', 'Live in the moment', []],
      ['an employer is not a whereabout', "I'm at Google now", []],
      ['a work base is not a whereabout', 'Based in Berlin', []],
      ['a list of amounts is not GPS', 'Revenue 12.500, 13.000', []],
      ['a room of a conference is not a hotel room', 'See you in room 12 at the summit', []],
      ['coordinates out of range are not GPS', '95.12345, 200.12345', []],
    ],
  },
  family: {
    positives: [
      ['a child with age and name', 'My 7-year-old daughter Emma asked', ['My 7-year-old daughter Emma']],
      ['a son with his name', 'my son Tom started school', ['my son Tom']],
      ['a relative with an age in parentheses', 'our daughter (4) loves it', ['our daughter (4)']],
      ['a spouse', 'my wife and I moved', ['my wife']],
      ['a divorce', 'After my divorce I rebuilt', ['divorce']],
      ['French and German relatives', 'mon fils et meine Tochter', ['mon fils', 'meine Tochter']],
      ['an age without "my"', 'a 3-year-old son at home', ['a 3-year-old son']],
    ],
    negatives: [
      ['a business partner is not family', 'my partner at the firm', []],
      ['"mother company" is not family', 'our mother company in Oslo', []],
      ['a parent process is not family', 'the parent process forks', []],
      ['a relative word without a possessive is not family', 'Father’s Day campaign ideas', []],
      ['a name after a relative that is not a name is not a detail', 'my son, Today he turns', ['my son']],
    ],
  },
  confidential: {
    positives: [
      ['a confidential marker', 'CONFIDENTIAL: Q3 numbers', ['CONFIDENTIAL']],
      ['internal only', 'Slides are internal only', ['internal only']],
      ['an NDA', 'This is under NDA', ['under NDA']],
      ['not public yet', 'The deal is not public yet', ['not public yet']],
      ['an embargo', 'Under embargo until Monday', ['Under embargo']],
      ['a draft marker with a dash', 'Draft – do not distribute', ['Draft – do not distribute']],
      ["don't share with a curly apostrophe", 'please don’t share', ['don’t share']],
      ['a German marker', 'Streng vertraulich!', ['Streng vertraulich']],
    ],
    negatives: [
      ['confidentiality as a topic is not a marker', 'Confidentiality matters in HR', []],
      ['"nda" in lower case is not an NDA', 'the agenda and panda', []],
      ['public news is not a marker', 'Now public: our new product', []],
      ['sharing is not a marker', 'Please share this post', []],
      ['a word containing "internal" is not a marker', 'internalonly is a tag', []],
    ],
  },
};

const AUTHORS = ['Jane Doe', 'Michelle J Raymond', '@michelle_raymond'];

describe('privacy findings by kind', () => {
  for (const [kind, { positives, negatives }] of Object.entries(TABLE) as [PrivacyKind, (typeof TABLE)[PrivacyKind]][]) {
    describe(kind, () => {
      it('has at least five positive and five negative cases', () => {
        expect(positives.length).toBeGreaterThanOrEqual(5);
        expect(negatives.length).toBeGreaterThanOrEqual(5);
      });
      it.each(positives)('finds %s', (_behaviour, text, spans) => {
        expect(spansOf(kind, text, AUTHORS)).toEqual(spans);
      });
      it.each(negatives)('%s', (_behaviour, text, spans) => {
        expect(spansOf(kind, text, AUTHORS)).toEqual(spans);
      });
    });
  }
});
