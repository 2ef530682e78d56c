// Capitalised words that are not given names or surnames, folded (lower case, no accents). A
// candidate name stops at the first of these, and needs two name words left: so "Product
// Manager", "New York", "Google Cloud", "Machine Learning" or "Happy Monday" after "with" or
// "thanks to" are not people. Kept short on purpose: words that are also common names
// (April, June, Grace, Hope, Rose…) are not listed.

const WORDS = `
a all also an and any are as at be been big but by can could do every everyone everybody for from had has have
he her here his how i if in into is it its just may me more most much my new next no not now of old on one only
or other our out over she so some such than that the their them then there these they this those to too two up
us very was we well were what when where which while who why will with would yes yet you your
today tomorrow yesterday tonight morning afternoon evening night weekend week weeks month year years day days
monday tuesday wednesday thursday friday saturday sunday january february march july august september october
november december q1 q2 q3 q4
happy great good best better huge big small amazing awesome incredible proud excited thrilled grateful thanks
thank congrats congratulations welcome hello hi hey dear cheers kudos shoutout bravo
team teams product products manager managers management marketing sales engineering engineer engineers
developer developers development design designer designers data science scientist scientists analyst
analytics head chief officer senior junior lead leads director directors president vice founder founders
cofounder ceo cto cfo coo cmo cio cpo vp svp evp partner partners consultant consultants consulting executive
executives leadership leader leaders board member members customer customers client clients success support
operations finance financial human resources hr people talent recruiting recruiter recruiters business
strategy strategic growth brand content community social media digital project projects program programme
account accounts research innovation technology technologies tech software hardware security legal
compliance intern interns internship staff employee employees company companies group global international
national regional local corporate enterprise startup startups venture ventures capital fund investor
investors bank banking insurance solutions services service systems network networks labs lab studio agency
linkedin google microsoft apple amazon meta facebook instagram twitter youtube tiktok openai chatgpt gpt
copilot gemini claude perplexity salesforce hubspot slack zoom excel powerpoint word outlook notion figma
github gitlab azure aws cloud ai artificial intelligence machine learning deep generative llm llms navigator
premium office workspace
york san francisco los angeles london paris berlin munich madrid barcelona amsterdam rome milan vienna zurich
dublin sydney melbourne toronto tokyo singapore dubai united states kingdom europe european union america
american asia africa australia canada germany france spain italy india china north south east west silicon
valley city university college school institute academy harvard stanford mit oxford cambridge review journal
times post news magazine conference summit forum award awards prize hall center centre hotel airport street
road avenue covid christmas easter black cyber holidays holiday new year eve
first second third last final annual mr mrs ms dr prof sir madam lady lord king queen god
corp corporation inc ltd llc gmbh ag plc co sa bv foundation association society club council ministry
department government bureau party back home aboard onboard notes template guide report playbook framework
edition series season episode podcast show live webinar workshop event events meetup hackathon launch release
update version beta pro plus max mini insights platform app apps tool tools suite dashboard mode dark light
open source free nature birthday mother father fortune forbes gartner deloitte accenture mckinsey ibm oracle
sap adobe nvidia tesla netflix spotify uber airbnb shopify stripe canva coursera
`;

export const NON_NAME_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));
