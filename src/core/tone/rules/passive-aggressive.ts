// R9 passive aggression: polite-sounding phrases that carry an edge.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';

// A lead-in takes the rest of its clause up to a comma, so the replacement fits the sentence.
const TO_COMMA = '(?:[^,.;:!?\\n]{0,50},)?';

export const PASSIVE_AGGRESSIVE: PhraseRule = {
  rule: 'passive_aggressive',
  scope: 'phrase',
  explanation:
    'This phrase is polite on the surface but usually reads as irritation; plain words come across warmer.',
  alternative: null,
  phrases: [
    {
      re: rx(
        "\\bI'm used to it\\b|\\bused to (?:it|that) by now\\b|\\bfollowing up,? again\\b|\\band the one before (?:that|it)\\b|\\b(?:far|way|much) too busy to\\b|\\btoo busy to read\\b|\\bbut here goes\\b",
      ),
    },
    {
      re: rx(
        "\\bbump(?:ing)? (?:this|it|my (?:email|message|note))\\b[^.?!\\n]{0,30}\\bagain\\b|\\b(?:keeps?|keep) getting (?:lost|buried|missed|ignored)\\b|\\bseems to (?:keep )?(?:get(?:ting)? )?(?:lost|buried|missed|ignored)\\b|\\b(?:says|said|speaks) (?:a lot|volumes)\\b|\\btells you (?:everything|all you need)\\b|\\bI'll be sure to (?:mention|tell|share|let|pass)\\b|\\byour (?:responsiveness|promptness|communication skills|attention to detail)\\b",
      ),
    },
    {
      re: rx(
        `\\bas (?:I|I've|I have|I had) (?:already |previously |clearly |explicitly |repeatedly )(?:said|mentioned|stated|explained|noted|told you|pointed out|written|wrote|indicated)\\b${TO_COMMA}|\\bas (?:I|I've|I have) (?:said|mentioned|stated|explained|noted|told you|written|wrote|indicated) (?:before|previously|already|earlier|several times|multiple times|twice|repeatedly|more than once|in my (?:last|previous|earlier|first) (?:[a-z]+ )?(?:emails?|messages?|notes?|mails?))\\b${TO_COMMA}|\\bas (?:previously|already|earlier) (?:mentioned|stated|noted|said|explained|discussed|communicated|indicated)\\b${TO_COMMA}|\\bas (?:stated|noted|mentioned) (?:previously|before|earlier|in my (?:last|previous|earlier) (?:emails?|messages?|notes?))\\b${TO_COMMA}`,
      ),
      explanation:
        '"As I already said" tells them they weren\'t listening; just restating the point kindly works better.',
      alternative: "In case it's useful,",
    },
    {
      re: rx(
        `\\b(?:as )?per my (?:last|previous|earlier|prior) (?:emails?|messages?|notes?|mails?|correspondence)\\b${TO_COMMA}`,
      ),
      explanation:
        '"Per my last email" is widely read as a rebuke, even when you mean it neutrally.',
      alternative: 'Following up on my earlier note,',
    },
    {
      re: rx('\\bI (?:guess|suppose)\\b'),
      unless: when(
        "\\bI guess (?:my (?:real |main )?question|what I'm (?:asking|saying)|I'm asking)\\b",
      ),
      explanation:
        '"I guess" can read as a shrug with an edge; saying the thing plainly lands kinder.',
    },
    {
      re: rx('\\bmust be nice\\b'),
      // "It must be nice to have the launch behind you!" is warmth, not resentment.
      unless: when(
        '\\bmust be nice to (?:have|get|see) (?:the|that|this|your|a) (?:[a-z-]+ ){0,3}(?:behind you|done|finished|over|out of the way|wrapped up|launched|live)\\b',
      ),
      explanation: '"Must be nice" reads as resentment, however lightly you meant it.',
    },
    {
      re: rx(
        "\\bfor (?:what (?:feels|seems) like )?the (?:third|fourth|fifth|sixth|tenth|hundredth|thousandth|millionth|umpteenth|nth|\\d+(?:rd|th)) time\\b|\\b(?:my|the) (?:last|previous) (?:two|three|four|five|several|few|many|\\d+) (?:emails|messages|notes|attempts|follow-ups)\\b|\\b(?:emailed|written|called|reached out|followed up|contacted you|messaged|chased)(?: you)? (?:[a-z]+ )?(?:several|multiple|numerous|countless|many|three|four|five) times\\b|\\b(?:just|simply) (?:checking|following up|circling back|writing) (?:in )?(?:yet again|once more|one more time)\\b|\\b(?:last|previous|earlier) (?:two|three|four|five|several|few|many|\\d+) (?:emails|messages|notes|attempts|follow-ups)\\b|\\byet again\\b|\\bonce again,? (?:I'm|I am|following|checking|writing)\\b",
      ),
      explanation:
        'Counting your follow-ups reads as a reproach; one fresh, friendly note is more likely to get a reply.',
      alternative: 'I wanted to check in on this.',
    },
    {
      re: rx(
        "\\bI'm sure you(?:'re| are) (?:very |so |extremely |incredibly |terribly )?busy\\b(?=\\s*(?:[.!]|,? but))|\\bI'm sure you had your reasons\\b|\\bnot that (?:it|you|anyone|anybody) (?:matters?|cares?|care|really matters)\\b|\\bwith all due respect\\b|\\bno offen[cs]e\\b(?! taken)|\\b(?:I'm )?just saying\\b|\\bfor the record\\b|\\bif (?:it's|that's|it is|that is) not too much to ask\\b|\\bthanks in advance for (?:actually|finally|bothering|your prompt)\\b|\\b(?:at least|at the very least) (?:you could|have the|a reply|reply|respond|acknowledge|let me know)\\b|\\bsome of us\\b|\\binteresting (?:choice|decision|approach)\\b|\\bhope you(?:'re| are) happy\\b|\\bhappy now\\b",
      ),
    },
    {
      re: rx(
        "\\bI'll (?:just )?(?:take that as|assume (?:that (?:means )?)?)(?:a )?no\\b|\\bI would have (?:thought|expected|hoped) (?:that )?(?:a company|someone|you|an organi[sz]ation|a team|a business)\\b|\\b(?:reply|response|update|heads-up|heads up|courtesy|email|call|answer|acknowledge?ment)\\b[^.?!\\n]{0,20}\\bwould have been (?:nice|appreciated|polite|courteous|the decent thing)\\b|\\bstill waiting (?:for|to hear|on)\\b(?![^.?!\\n]{0,30}\\b(?:from (?:two|three|other|another|a few|several|the other)|elsewhere|other (?:companies|employers|offers)|my (?:visa|results|landlord|bank|references?|exam)))|\\b(?:yet|still) to (?:hear|receive|get) (?:back|anything|a (?:reply|response|word))\\b|\\bsince you (?:didn't|did not|never|haven't|have not) (?:bother(?:ed)? to )?(?:reply|respond|answer|get back)\\b|\\bnot sure how (?:it|this|that|my [a-z]+|anything) (?:could have been|was|got|went) (?:missed|overlooked|lost|ignored)\\b|\\bwhat you(?:'ve| have)? missed out on\\b|\\bwhat you(?:'re| are) missing\\b|\\b(?:experience|loyalty|effort|hard work|qualifications|years of [a-z]+) (?:doesn't|does not|don't|do not|didn't|did not) (?:count|matter|mean) (?:for )?(?:much|anything)\\b",
      ),
    },
    {
      re: rx(
        "\\benjoy your (?:new hire|new (?:[a-z]+ )?(?:candidate|person|employee|colleague)|choice|decision)\\b|\\bhope you(?:'re| are) happy with\\b|\\b(?:some people|not everyone)\\b[^.?!\\n]{0,40}\\b(?:don't|doesn't|can't|cannot|value|afford|have the luxury)\\b|\\b(?:more|better) (?:respect|luck|courtesy)\\b[^.?!\\n]{0,20}\\bthan I (?:did|got|had)\\b|\\bhopefully (?:they're|they are|he's|she's|the new (?:hire|person) is|your new hire is) worth\\b|\\bI'll (?:just )?assume\\b(?![^.?!\\n]{0,6}\\bthe timing\\b)(?=[^.?!\\n]{0,50}\\b(?:silence|no\\b|not interested|nobody|no one|means|you(?:'re| are|'ve| have)? (?:not|moved|decided|chosen|gone))|\\s*(?:[.!]|$))|\\bI(?:'ll| will) take (?:your|that|the) silence as\\b|\\b(?:isn't|is not|wasn't|was not|not) (?:a|your|high on (?:your|the)) priority\\b|\\bit would be nice to (?:get|receive|hear|have)\\b|\\bused to being (?:ignored|ghosted|rejected|overlooked|let down)\\b|\\b(?:too|so) busy to (?:reply|respond|answer|send|write|acknowledge)\\b|\\bticks? all (?:your|the|of your) boxes\\b|\\b(?:hope|good luck|best of luck)\\b[^.?!\\n]{0,20}\\b(?:find|finding) (?:someone|somebody)\\b[^.?!\\n]{0,30}\\b(?:perfect|unicorn|better|all your)\\b|\\byour (?:valuable|precious) time\\b|\\bmy (?:third|fourth|fifth|sixth|umpteenth|\\d+(?:rd|th)) (?:email|message|attempt|follow-up|note)\\b|\\b(?:a reply|an answer|a response|an acknowledge?ment|any reply|any response) (?:of any kind|at all)\\b|\\bafter only (?:[a-z0-9]+ ){0,2}(?:weeks|months|days)\\b|\\bworth the (?:[a-z0-9-]+ )?wait\\b|\\bwhat more (?:(?:could|can|do|did|would) )?(?:you|they|anyone|the team) (?:(?:could|can|would) )?(?:possibly )?(?:want|ask|expect|need)\\b|\\bapparently\\b(?=[^.?!\\n]{0,40}\\b(?:isn't|aren't|doesn't|don't|wasn't|not|nothing|no one|nobody|never)\\b)",
      ),
    },
    {
      re: rx(
        "\\b(?:noted|duly noted|fine|typical|figures|classic|unbelievable|if you say so|whatever you say|k|ok then)\\b|\\binteresting(?=\\s*\\.)|\\bit's been (?:over |more than |almost |nearly )?(?:a|one|two|three|four|five|six|[0-9]+|several) (?:weeks?|months?)(?=\\s*[.!])",
      ),
      whole: true,
    },
    // Concepts, not phrases: politeness with an edge, and knocking on a door nobody opens.
    {
      // "Hello? Anyone there?", "Knock knock.", "Is anyone actually reading these?"
      re: rx(
        "\\b(?:anyone|anybody|someone|somebody|is (?:this|the) (?:inbox|email) (?:even )?(?:monitored|read|checked)) (?:there|home|out there|alive|awake|around|listening|reading)\\s*\\?|\\bis (?:anyone|anybody|someone|somebody|this (?:inbox|address|email))\\b (?:actually |even |still |ever |at all )?(?:reading|there|listening|home|alive|awake|checking|monitoring|monitored|read|getting)\\b|\\bknock,? knock\\b|\\b(?:still )?alive (?:over )?(?:there|at [a-z]+)\\b|\\b(?:fell|fall|fallen|disappeared|vanished|lost|swallowed|sucked|gone) (?:into|in|down) (?:a|the|your) (?:black hole|void|abyss|ether|bermuda triangle)\\b|\\b(?:black hole|the void)\\b(?=[^.?!\\n]*\\b(?:my|application|email|cv|message)\\b)|\\b(?:went|gone|go|ended up|landed) (?:all )?(?:to|into|in) (?:your )?(?:spam|junk)\\b(?=[^.?!\\n]*\\b(?:all|every|last|four|three|two|several|in case|perhaps|maybe|must have|since)\\b)|\\b(?:third|fourth|fifth|sixth|tenth) time(?:'s| is)? (?:lucky|the charm)\\b|\\b(?:even )?a (?:one-word|single-word|one word|single|quick|simple|brief|two-word|yes or no) (?:reply|response|answer|acknowledge?ment|word|line|no|email)\\b[^.?!\\n]{0,20}\\b(?:would be|would have been|is|was|would do|would suffice)\\b",
      ),
      explanation:
        'Knocking on the door like this reads as a reproach; a short, friendly check-in is more likely to get an answer.',
      alternative: 'I wanted to check in on my application. Is there any news?',
      scope: 'sentence',
    },
    {
      re: rx(
        '(?:hello+|hi|hey|yoo-?hoo|anyone|anybody|still nothing|nothing|anything|something|any update|anyone there|any news)\\s*\\?+',
      ),
      whole: true,
      explanation:
        'Knocking on the door like this reads as a reproach; a short, friendly check-in is more likely to get an answer.',
      alternative: 'I wanted to check in on my application. Is there any news?',
    },
    {
      re: rx(
        "\\bwould have been (?:nice|good|helpful|courteous|polite|decent|useful) to (?:know|hear|be told|find out)\\b|\\b(?:the|your) silence (?:means|says|speaks|tells|is)\\b|\\b(?:none of )?my (?:effort|time|work|hard work|preparation|energy)s? (?:didn't |did not |doesn't |does not )?(?:mattered|matter|counted|count|meant anything|mean anything)\\b",
      ),
    },
    {
      re: rx(
        "\\b(?:I )?expected (?:better|more|much more|a lot more|far more) (?:from|of) (?:you|your|a company|an organi[sz]ation|a team|a firm|a business|people|professionals|someone)\\b|\\b(?:what|who) you(?:'ve| have)? (?:just )?(?:thrown away|lost|missed out on|passed up|let go|let slip|turned down|given up|walked away from)\\b|\\bwhy (?:even )?bother (?:inviting|interviewing|asking|calling|advertising|shortlisting|replying|responding|having)\\b|\\b(?:more|better) than I can say for (?:you|your|them|the)\\b",
      ),
    },
    {
      // Counting and re-sending: "as it seems the first three copies went missing".
      re: rx(
        "\\b(?:my|the) (?:last|previous|earlier|past|first|other) (?:two|three|four|five|six|several|few|many|\\d+) (?:emails|messages|notes|attempts|follow-ups|voicemails|calls|copies|applications|reminders)\\b|\\b(?:seems?|seemed|must have|appear(?:s|ed)? to have|apparently|evidently|obviously)\\b[^.?!\\n]{0,25}\\b(?:went|gone|go|got|been) (?:missing|astray|lost|unread|unnoticed|ignored|buried)\\b|\\bslipped (?:down|through|off|under)\\b[^.?!\\n]{0,30}\\bagain\\b|\\b(?:to|back to) the top of your inbox\\b|\\b(?:re-?attaching|re-?sending|attaching (?:it )?again|sending (?:it )?again|resending)\\b[^.?!\\n]{0,40}\\b(?:as|since|because|in case)\\b[^.?!\\n]{0,30}\\b(?:seems?|missing|lost|never|didn't|again|first|ignored)\\b",
      ),
      alternative: 'I wanted to check in on this.',
    },
    {
      // Low priority, said with an edge: "it's only my career", "isn't high on anyone's list".
      re: rx(
        "\\b(?:isn't|is not|aren't|are not|wasn't|was not|weren't|never|not)(?: really| very| exactly| particularly| that)? (?:high on|on) (?:anyone's|your|the|their|everyone's|anybody's) (?:list|agenda|priorit(?:y|ies)|radar)\\b|\\b(?:candidates|applicants|replying|people like me|we|I|emails?|replies)\\b (?:aren't|isn't|are not|is not|weren't|wasn't)(?: really| exactly| very| much of| that much of| high)? (?:a|your|their) priority\\b|\\b(?:it's|it is) (?:only|just) my (?:career|life|livelihood|future|rent|income|time|job)\\b|\\b(?:it's|it is|it's not|it is not) (?:not )?(?:like|as if|as though) (?:I|I've|I have|anyone|you|they)\\b|\\b(?:don't|do not) (?:you )?worry about me\\b|\\bI'm sure I(?:'ll| will) (?:be fine|survive|manage|cope|get over it|live)\\b|\\bI(?:'ll| will) (?:stop|quit) (?:bothering|pestering|emailing|annoying|troubling|chasing|wasting)\\b|\\bbusy being\\b|\\b(?:professionalism|manners|courtesy|basic (?:decency|courtesy|manners)|common (?:courtesy|decency)|respect|replying|communication|honesty|a reply|feedback) (?:is|are) (?:apparently |clearly |obviously )?(?:optional|a luxury|overrated|out of fashion|dead|too much to ask|extinct|a thing of the past)\\b|\\b(?:you )?could have (?:just )?(?:said|told me|mentioned|let me know)(?: (?:so|that))? (?:at the (?:start|beginning|outset)|earlier|sooner|from the start|weeks ago|months ago|up front|upfront)\\b|\\balways (?:is|are|seem to be|seems to be)\\b[^.?!\\n]{0,15}\\bwhen it comes to\\b|\\bwhen it comes to (?:replying|answering|responding|getting back|calling back|me|candidates)\\b",
      ),
      explanation:
        "Saying you know you're not a priority reads as a complaint; they respond better to a plain, warm question.",
    },
    {
      // Grudging thanks and sign-offs: "Thanks for your time, such as it was."
      re: rx(
        "\\bsuch as (?:it|they|that|this) (?:was|were|is)\\b|\\b(?:I'd|I would) have (?:hoped|expected|thought)\\b[^.?!\\n]{0,30}\\b(?:more than|at least|better than|a little more|a bit more)\\b|\\b(?:but|oh well,?|anyway,?) never mind\\W*$|\\bI hope (?:someone|somebody|anyone|you|they|the team|your team)(?: there| over there| at [a-z]+)? (?:appreciates?|realises?|realizes?|knows?|understands?|remembers?|values?|noticed?) (?:that|this|it|what|how much I)\\b|\\b(?:sleep|rest) (?:at night|well|soundly|easy)\\b(?=[^.?!\\n]{0,5}\\W*(?:knowing|after|$|\\.|\\?))|\\b(?:lose|losing|lost) (?:any )?sleep over\\b|\\b(?:I (?:hope|trust)|hope) (?:it|that|this|they|he|she) (?:was|were|is|are) worth (?:it|the wait)\\b|\\bthe same (?:courtesy|respect|consideration|treatment|professionalism|level of (?:care|respect))\\b[^.?!\\n]{0,40}\\b(?:you|me|I)\\b|\\b(?:kindly|please)? ?refer (?:back )?to my (?:[a-z]+ )?(?:emails?|messages?|notes?|letter)\\b|\\band the one (?:of|from|on|before|after)\\b[^.?!\\n]{0,30}\\band the one\\b|\\b(?:you|they) (?:didn't|did not|don't|do not) want me\\b(?! to)|\\b(?:clearly|obviously|evidently|apparently) (?:wasn't|isn't|was not|is not|weren't|aren't) (?:me|us|I|my [a-z]+)\\b|\\b(?:which|that|who) (?:apparently|evidently|clearly|obviously) (?:nobody|no one|noone|you|nobody there|your team|everyone)\\b|\\bif it(?:'s| is)(?: not| isn't)? too much (?:trouble|bother|of a bother)\\b|\\bno rush,? (?:it's|it is) (?:only|just)\\b|\\b(?:good|nice|useful|great) to know where (?:I|we) stand\\b",
      ),
      alternative: 'Thank you for letting me know.',
    },
    {
      // One-word replies with a shrug: "Noted, again.", "Okay then.", "Cool cool cool."
      re: rx(
        '(?:noted|duly noted|understood|got it|fine|okay|ok|sure|right|great|cool|lovely|wonderful|perfect|brilliant|wow|right then)(?:,? (?:again|then|as always|as usual|as expected|I guess|I suppose|once more|whatever))\\W*|(cool|great|fine|sure|right|ok|okay|lovely|perfect)(?:[,.]? \\1)+\\W*|(?:cool|great|fine|sure|okay|ok)[,.]? (?:cool|great|fine|sure|okay|ok)[,.]? (?:cool|great|fine|sure|okay|ok)\\W*',
      ),
      whole: true,
      explanation:
        'A clipped reply like this reads as a door closing; a full, short sentence lands warmer.',
      alternative: 'Thank you for letting me know.',
    },
    {
      // Polite words, pointed: "Not to be a nuisance, but…", "Now I know."
      re: rx(
        "\\bassuming (?:everyone|everybody|you|the team|the whole team|the office)(?:'s| is| are|'re) (?:on holiday|away|out|asleep|busy|gone|off)\\b|\\bsince (?:nobody|no one|no-one) (?:has|had) (?:replied|responded|answered|got back|bothered)\\b|\\bnot to be (?:a nuisance|a pain|rude|difficult|that person|pushy|funny)\\b,? but\\b|\\b(?:would be|would have been) (?:polite|courteous|the decent thing|good manners|basic manners)\\b|\\bnothing better to do\\b|\\bI'm sure you (?:have|had) your reasons\\b|\\b(?:friendly|gentle|quick|just a) reminder that I(?:'m| am) still (?:alive|here|waiting|around|breathing|interested, in case)\\b|\\b(?:interesting|funny|curious|odd|strange) how\\b(?=[^.?!\\n]{0,60}\\b(?:same day|right after|straight after|as soon as|the moment|the minute|the day after|hours after|immediately after|just after)\\b)",
      ),
    },
    { re: rx('\\bnow I know\\b|\\bwe all are\\b'), whole: true },
    {
      // Rhetorical tags and martyrdom: "I'll just wait here then, shall I?", "I'm used to being
      // an afterthought", "a mere applicant", "if that isn't too much trouble".
      re: rx(
        "\\bI(?:'ll| will) just [^.?!\\n]{1,60},? (?:then,? )?shall I\\b|\\bshall I\\?? ?$|\\b(?:I'm|I am) used to being (?:an afterthought|ignored|overlooked|forgotten|invisible|last|an option|passed over)\\b|\\b(?:a|an|us) (?:mere|lowly|humble) (?:applicants?|candidates?|job seekers?|mortals?)\\b|\\bif (?:that|it) (?:isn't|is not|'s not) (?:too much|asking too much|too big)\\b|\\bsome (?:people|companies|employers|places) would have had the (?:manners|decency|courtesy|respect|basic)\\b|\\bfound (?:the )?time to [^.?!\\n]{1,50},? but not (?:the time )?to\\b|\\bnot that it matters to (?:you|anyone|them)\\b|\\b(?:sleep|rest) (?:well|easy) knowing\\b|\\bnext time,? (?:maybe|perhaps|try to|you could|you might) (?:read|look at|check|open|listen|prepare)\\b|\\b(?:some of us|others) are still (?:waiting|here|wondering)\\b|\\b(?:circling|coming) back \\(again\\)|\\b(?:I'll|I will|let me) (?:assume|take it) (?:the next|another|other) (?:company|employer|team)\\b",
      ),
    },
  ],
};

export const detectPassiveAggressive = phraseDetector(PASSIVE_AGGRESSIVE);
