// Hits and near misses for the eight phrase rules of R9, run through the public sync API.
import { describe, expect, it } from 'vitest';
import { checkToneSync } from '../index.js';
import type { ToneKind, ToneRule } from '../index.js';

type Case = [description: string, text: string, kind?: ToneKind];

const rulesIn = (text: string, kind: ToneKind = 'other'): ToneRule[] =>
  checkToneSync(text, { kind }).map((f) => f.rule);

const TABLE: Record<string, { rule: ToneRule; hits: Case[]; nearMisses: Case[] }> = {
  hostility: {
    rule: 'hostility',
    hits: [
      ['an insult aimed at the panel', 'Frankly the panel were clueless and arrogant.'],
      ['calling the company a joke', 'Honestly, your company is a joke.'],
      ['telling them it wasted your time', 'That whole day was a waste of my time.'],
      ['swearing', 'What the hell was that interview?'],
      ['a dismissive brush-off', "Don't bother contacting me again."],
      ['"you people"', 'You people have no idea what you are doing.'],
      ['a stressed mild insult', 'That was so disrespectful.'],
    ],
    nearMisses: [
      ['the writer being hard on themself', 'I feel like an idiot for fumbling that question.'],
      ['an apology for your own silly question', 'Sorry for the stupid question in my last email.'],
      [
        'a hope not to waste their time',
        "I don't want to waste your time, so I'll keep this short.",
      ],
      [
        '"garbage collection" in a tech note',
        'I enjoyed the deep dive on garbage collection tuning.',
      ],
    ],
  },
  sarcasm: {
    rule: 'sarcasm',
    hits: [
      ['"thanks for nothing"', 'Thanks for nothing.'],
      ['thanks for a form email', 'Thank you so much for the generic rejection after four rounds.'],
      ['praise next to being ghosted', 'Lovely to be ghosted for a month.'],
      ['"what a surprise"', 'What a surprise, the internal candidate got it.'],
      ['scare quotes around their stock phrase', "Cheers for the 'feedback'."],
      ['"oh great"', 'Oh great, another template.'],
    ],
    nearMisses: [
      ['sincere thanks for a quick update', 'Thank you for the quick update, I appreciate it.'],
      ['"oh, great news" about their launch', 'Oh, great news about the funding round!'],
      [
        'a sincere wish for the new hire',
        "I'm sure the new hire will be great, and I'm glad I met the team.",
      ],
      ['"amazing how quickly" the team grew', 'Amazing how quickly the team has grown this year.'],
    ],
  },
  blame: {
    rule: 'blame',
    hits: [
      ['saying the interviewer never read the CV', "Your interviewer didn't even read my CV."],
      ['calling the process broken', 'Your process is broken.'],
      ['"your loss"', "It's your loss."],
      ['saying they made a mistake', 'You made a huge mistake passing on me.'],
      [
        "calling their manager's decision a bad call",
        'Your hiring manager made a terrible decision.',
      ],
      ['saying nobody told you', 'Nobody told me the role needed French.'],
      ['complaining of being strung along', 'You strung me along for two months.'],
    ],
    nearMisses: [
      [
        'owning your own mistake',
        'I made a mistake in the SQL exercise and have been practising since.',
      ],
      ['praising the process', 'The process was thorough and well organised.'],
      ['"no wonder" as praise', 'No wonder the team is so proud of the app.'],
      ['a fair, tough panel', 'The panel was tough but fair.'],
    ],
  },
  correcting: {
    rule: 'correcting',
    hits: [
      ['"you misspelled my name"', 'You misspelled my name in the email.'],
      ['pointing out a typo in their email', "There's a typo in your email."],
      ['a starred correction', 'Thanks for your note. *their'],
      ['telling them to proofread', 'Someone should proofread these.'],
      ['"X, not Y" in quotes', "It's 'definitely', not 'definately'."],
      ['saying they got a date wrong', 'You got the date of my interview wrong.'],
    ],
    nearMisses: [
      [
        'fixing your own slip',
        'I noticed the start date in my earlier email was wrong; I meant the 14th.',
      ],
      [
        'admitting your own misspelling',
        'I misspelled the company name in my cover letter, sorry!',
      ],
      ['emphasis with asterisks', 'I *really* enjoyed the design review.'],
    ],
  },
  demanding: {
    rule: 'demanding_justification',
    hits: [
      ['"why wasn\'t I chosen"', "Why wasn't I chosen?"],
      ['"I deserve an explanation"', 'I deserve an explanation.'],
      ['"explain your decision"', 'Please explain your decision.'],
      ['asking on what basis', 'On what basis was I rejected?'],
      ['asking who got the job', 'Who exactly did you hire instead of me?'],
      ['asking for the scoring', 'Kindly provide the interview notes and scoring.'],
    ],
    nearMisses: [
      [
        'an open, optional feedback ask',
        "I'd really appreciate any feedback, if you're able to share it.",
      ],
      ['thanks for explaining the decision', 'Thank you for explaining the decision so clearly.'],
      ['"why don\'t we" meet', "Why don't we get lunch next week?"],
      [
        'asking whether they will hire again',
        'Could you tell me whether the team expects to hire again?',
      ],
    ],
  },
  pleading: {
    rule: 'pleading',
    hits: [
      ['"please reconsider"', 'Please reconsider.'],
      ['"I really need this job"', 'I really need this job.'],
      ['"I\'m begging you"', "I'm begging you."],
      ['asking them to change their mind', 'Is there any way you could change your mind?'],
      ['offering to take less pay', "I'll take a lower salary, anything."],
      ['asking for one more chance', 'Please give me one more chance.'],
    ],
    nearMisses: [
      ['"I really need to thank you"', 'I really need to thank you for the honest conversation.'],
      ['"please keep me in mind"', 'Please keep me in mind for future openings.'],
      ['"I\'ll review my application"', "I'll review my application materials this weekend."],
      [
        'hoping to be considered for future roles',
        "I'd love to be considered for future openings.",
      ],
    ],
  },
  threat: {
    rule: 'threat',
    hits: [
      ['"my lawyer"', 'My lawyer will be in touch.'],
      ['a plan to post about it on LinkedIn', "I'll be posting about this experience on LinkedIn."],
      ['a Glassdoor review threat', "Don't be surprised when you see my review on Glassdoor."],
      ['"everyone will know"', 'Everyone in the industry will know how you treat people.'],
      ['screenshotting their email', "I've screenshotted your rejection email."],
      ['going over their head', "I'll be informing your CEO of how this was handled."],
    ],
    nearMisses: [
      [
        'reading good reviews on Glassdoor',
        'I read lovely reviews from your engineers on Glassdoor.',
      ],
      [
        'posting your availability on LinkedIn',
        "I'll be posting my availability on LinkedIn next week.",
      ],
      ['promising not to post', "I'm not going to post about this on LinkedIn."],
      ['having been a lawyer', 'As a former lawyer I enjoyed the compliance questions.'],
      [
        'writing a code review in the exercise',
        'I enjoyed writing a code review during the exercise.',
      ],
    ],
  },
  passive: {
    rule: 'passive_aggressive',
    hits: [
      ['"as I already said"', 'As I already said, I am available all week.'],
      ['"per my last email"', 'Per my last email, I am still interested.'],
      ['"as previously mentioned"', 'As previously mentioned, I sent my portfolio on the 2nd.'],
      ['"I guess"', "I guess experience doesn't count for much."],
      ['"must be nice"', 'Must be nice to ignore candidates for a month.'],
      ['counting follow-ups', 'Just following up for the third time.'],
    ],
    nearMisses: [
      ['"as we discussed"', "As we discussed on Friday, I'm sending the sample."],
      ['"per our call"', 'Per our call, here are my references.'],
      ['"I must say" the team was lovely', 'I must say the team was lovely.'],
      ['knowing they are busy', "I know you're busy, so just one question."],
      ['"no offence taken"', 'No offence taken at all!'],
      ['a friendly "no need to reply"', 'No need to reply, I just wanted to say hello.'],
    ],
  },
};

for (const [name, { rule, hits, nearMisses }] of Object.entries(TABLE)) {
  describe(`R9 ${name}`, () => {
    it.each(hits)(`R9 flags ${rule} for %s`, (_d, text, kind) => {
      expect(rulesIn(text, kind)).toContain(rule);
    });
    it.each(nearMisses)(`R9 does not flag ${rule} for %s`, (_d, text, kind) => {
      expect(rulesIn(text, kind)).not.toContain(rule);
    });
  });
}

describe('R9 phrase rules and the kind of message', () => {
  it('R9 lets a note to a friend say you need a job', () => {
    expect(rulesIn('Honestly I really need a job soon. Know anyone hiring?', 'support')).toEqual(
      [],
    );
  });

  it('R9 still warns a friend-bound note about posting a rejection publicly', () => {
    const findings = checkToneSync(
      "I'm thinking of posting their rejection email on Twitter with the recruiter's name.",
      { kind: 'support' },
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['threat', 'warning']]);
    expect(findings[0]?.explanation).toMatch(/rejection in public/);
  });

  it('R9 reads curly apostrophes like straight ones', () => {
    expect(rulesIn('Why wasn’t I chosen?')).toContain('demanding_justification');
  });
});
