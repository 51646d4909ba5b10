import type { Language } from '../i18n/language';
import { REGIONS } from '../members/regions';
import type { Member } from '../members/types';
import type { MemberProfile } from '../profile/member-profile';
import { shownAnswer } from '../profile/written-answer';
import { isSuppressed } from '../analyse/small-base';
import type { BlockPlan, SheetPlan } from './plan';
import { writtenDate } from './print/words';
import { ANSWER, assessmentPanel, indicatorsPanel, indicatorWidths, RIGHT, sectionPanel } from './profile-panels';
import { laidOutProfile, type HeadingLine, type ProfileLayout } from './profile-layout';
import { PROFILE_WORDS } from './profile-words';
import { notCountedText } from './member-status';

/** The sheet of a Member's profile: `Profile FRA`. */
export function profileSheetName(member: Member): string {
  return `Profile ${member.code}`;
}

/** The label column's widths tried: wider, fewer labels wrap; narrower, more columns fit side by side. */
const LABEL_WIDTHS = [30, 34, 38, 42, 46, 50, 56, 62];
const FIGURE_WIDTH = 7;
const NARROWEST_ID = 5;
const WIDEST_ID = 12;
const NARROWEST_ANSWER = 9;
const WIDEST_ANSWER = 14;

/**
 * One page per Member: who it is and whether it is counted; every reported item with its own answer beside
 * the percent of its region and of all respondents giving each reported answer; each scored section as a
 * radar of the Member against its region and all respondents; its CRM indicators from baseline to follow-up.
 */
export function profileSheet(profile: MemberProfile, lang: Language): SheetPlan {
  const words = PROFILE_WORDS[lang];
  const name = profileSheetName(profile.member);
  const pairs = Math.max(1, ...profile.sections.flatMap((s) => s.items.map((i) => i.figures.length)));
  // Four figures at least: a radar's three series; an indicator's baseline and follow-up, each in a pair's second column.
  const figures = Math.max(2 * pairs, 4);
  const answers = profile.sections.flatMap((s) => s.items.map((i) => (i.answer ? shownAnswer(i.answer, i.item, lang) : '')));
  const ids = profile.sections.flatMap((s) => [s.section.id, ...s.items.map((i) => i.item.id)]);
  const idWidth = clamp(Math.max(...ids.map((id) => id.length)) + 2, NARROWEST_ID, WIDEST_ID);
  const answerWidth = clamp(Math.max(words.answer.length, ...answers.map((a) => a.length)) + 2, NARROWEST_ANSWER, WIDEST_ANSWER);
  const figureWidth = Math.max(FIGURE_WIDTH, ...indicatorWidths(profile.indicators ?? [], lang));
  const heading = headingLines(profile, lang);
  const layouts = LABEL_WIDTHS.map((labelWidth): ProfileLayout => {
    const widths = [idWidth, labelWidth, answerWidth, ...Array<number>(figures).fill(figureWidth)];
    const panels = profile.sections.flatMap((section) => [
      sectionPanel(section, widths, lang),
      ...profile.assessments.filter((a) => a.section === section.section).map((a) => assessmentPanel(a, profile, name, widths, lang)),
    ]);
    if (profile.indicators) panels.push(indicatorsPanel(profile.indicators, profile.member, widths, lang));
    return { name, heading, widths, columnHeader: columnHeader(figures, lang), panels };
  });
  return laidOutProfile(layouts);
}

function clamp(value: number, least: number, most: number): number {
  return Math.min(most, Math.max(least, value));
}

function headingLines(profile: MemberProfile, lang: Language): HeadingLine[] {
  const words = PROFILE_WORDS[lang];
  const region = REGIONS[profile.member.region][lang];
  const smallBase =
    profile.sections.some((s) => s.items.some((i) => i.figures.some((f) => isSuppressed(f.region)))) ||
    profile.assessments.some((a) => a.scored.some((f) => f.region.tooSmall && f.region.mean !== undefined));
  return [
    { text: words.title(profile.member.name[lang]), style: 'title' },
    { text: words.region(region) },
    { text: profile.received === undefined ? words.notDated : words.received(writtenDate(profile.received, lang)) },
    { text: countedLine(profile, lang) },
    {
      // In the page's own type, not a note's smaller one: the page prints at about half size.
      text: [words.legend(region, profile.respondents.region, profile.respondents.all), ...(smallBase ? [words.smallBase(profile.minimumBase)] : [])].join(' '),
    },
  ];
}

function countedLine({ status, respondents }: MemberProfile, lang: Language): string {
  const words = PROFILE_WORDS[lang];
  return status.kind === 'counted' ? words.counted(respondents.all) : notCountedText(status, words, lang);
}

/** Over the figures of every column of the page: Answer, then Region and All for each reported answer. */
function columnHeader(figures: number, lang: Language): BlockPlan {
  const words = PROFILE_WORDS[lang];
  const pairs = Array.from({ length: figures }, (_, i) => (i % 2 === 0 ? words.region_ : words.all));
  return { top: 0, left: ANSWER, rows: [[words.answer, ...pairs]], style: 'label', runsOn: true, alignments: [undefined, ...pairs.map(() => RIGHT)] };
}
