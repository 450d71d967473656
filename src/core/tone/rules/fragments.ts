// Pattern pieces several rules share: who "they" are, and the contexts that soften a hit.
import { when } from '../phrase.js';

/** Someone on the employer's side, as the subject of a clause. */
export const EMPLOYER =
  '(?:you|you guys|you people|your (?:[a-z]+ ){0,2}(?:team|company|recruiter|interviewers?|panel|hiring manager|manager|colleague|hr|staff|people|ceo|boss)|the (?:[a-z]+ ){0,2}(?:team|company|recruiter|interviewers?|panel|hiring manager|hr(?: team)?|firm|employer|manager|committee)|they|he|she|hr|management)';

/** A hit right after a negation ("I'm not going to post…") says the opposite. */
export const NEGATED_BEFORE = when("(?:\\bnot|\\bnever|n't|\\bno) (?:[a-z']+ )?$");

/** "As a former lawyer", "my brother is a journalist": who someone is, not a warning. */
export const OWN_PROFESSION = when(
  "\\b(?:I am|I'm|I was|as a|as an|former|trainee|worked as|work as|studying to be|career as)\\b[^.?!\\n]{0,15}$",
);

/** Words that turn a request for reasons into a gracious, optional ask. */
export const POLITE = when(
  "\\b(?:appreciate|grateful|if you(?:'re| are)? (?:able|willing|happy)|if you can|if possible|no pressure|no worries|understand if|completely understand|would love|I'd love|if you have (?:a|the) (?:moment|minute|time)|only if|whenever you|I was wondering|I wondered|I'm wondering|would it be possible|is it possible|could you possibly|in advance)\\b",
);

/** The writer talking about themself ("I was so rude"), not about the reader. */
export const SELF_BEFORE = when(
  "\\bI(?: honestly| really| just| truly| genuinely| now)?(?:'m| am| was| wasn't| was not| felt| feel| must have (?:seemed|looked|sounded|come across as)| might have (?:seemed|sounded|come across as)| came across as| come across as| hope I wasn't| looked| sounded)(?: like)?(?: such| so| a bit| a little| kind of| pretty| really| too| very)?(?: an?)?\\s*$",
);

/** Signs in the message that the writer feels slighted: praise nearby is likely ironic. */
export const GRIEVANCE = when(
  '\\b(?:ghost(?:ed|ing)|silence|form (?:letter|email|rejection)|generic|templated?|automated|canned|copy[- ]?paste|two-line|one-line|(?:weeks|months) (?:later|of (?:silence|waiting|nothing))|wast(?:ed|ing|e)|ignor(?:ed|ing)|no (?:reply|response|answer)|never (?:heard|replied|got back)|rejection|rejected|turned down|after (?:[a-z0-9]+ ){0,2}(?:rounds|interviews|weeks|months)|after only|copy(?:ing)? and past(?:e|ing))\\b',
);

/** Someone or something on the employer's side, anywhere in a sentence. */
export const TARGET = when(
  "\\b(?:you|your|yours|you're|you've|you'll|you'd|yourselves|they|their|them|he|she|his|her|him|whoever|the (?:company|team|recruiters?|interviewers?|panel|hiring manager|manager|process|feedback|colleague|hr|firm|employer|organi[sz]ation|management|ceo|director|founder|board|business|exercise|test|task|assessment|interview|format|brief|ad|advert|posting|people|staff)|(?:that|this) (?:place|company|outfit|firm|process|interview|panel|team|organi[sz]ation)|hr|management|anyone there|nobody there|people there)\\b",
);

/** The writer owning a slip ("my mistake", "I wrote the wrong date"), not correcting theirs. */
export const OWN_SLIP_CLEAR = when(
  "\\b(?:on my (?:side|part|end)|I (?:wrote|sent|made|typed|attached|gave|put|listed|forgot|mixed)|my (?:mistake|error|typo|bad|apologies|fault)|I've (?:attached|sent|written|made)|sorry,? I)\\b",
);

/** Warm or thankful words that mark a sentence as sincere. */
export const SINCERE = when(
  '\\b(?:thank(?:s| you)? (?:so much |very much |again )?for (?:the|your|being|taking|letting|explaining|such)|I (?:really |truly |genuinely )?(?:appreciate|enjoyed|valued|loved|learned|learnt)|grateful|it was (?:a|such a) pleasure|wish (?:you|the team)|good luck|best of luck with (?:the|your) (?:launch|project|search|hire|move|new))\\b',
);

/** A clause that denies what follows: "Nothing about the process felt rushed." */
export const NEGATED_CLAUSE = when(
  '\\b(?:nothing|none of|not once|never once|at no point|in no way|not one|no part of)\\b[^.?!\\n]{0,40}\\b(?:felt|was|seemed|were|came across|struck me|is|looked)\\b',
);
