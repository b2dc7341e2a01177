import { FIRST_DAY, LAST_DAY, isIsoDate } from '../core/dates.js';
import { compileCalendar, parseHours, timeZoneProblem, workingWeekDays, type CalendarProblemCode, type MinuteSpan } from '../core/business-time/index.js';
import type { DocPath } from '../core/finding.js';
import type { DayHours, Timetable } from '../core/policy.js';
import { WEEKDAYS } from '../core/policy.js';
import { defineRule } from './rule.js';

type Message = CalendarProblemCode | 'unknown-time-zone-near' | 'no-hours' | 'no-working-day' | 'shifts-overlap' | 'seasons-overlap' | 'date-range';

/** The parts of a split shift that overlap an earlier part, by position. */
function overlappingParts(hours: DayHours): number[] {
  if (!Array.isArray(hours)) return [];
  const spans = hours.map((part) => parseHours(part).spans[0]);
  const overlapping: number[] = [];
  spans.forEach((span, i) => {
    const overlaps = (other: MinuteSpan | undefined) => other !== undefined && span !== undefined && span[0] < other[1] && other[0] < span[1];
    if (spans.slice(0, i).some(overlaps)) overlapping.push(i);
  });
  return overlapping;
}

/** Every hours text of a timetable, with its path inside the calendar. */
function hoursOf(timetable: Timetable, base: DocPath): [DayHours, DocPath][] {
  const out: [DayHours, DocPath][] = [];
  if (timetable.week) for (const day of WEEKDAYS) if (timetable.week[day] !== undefined) out.push([timetable.week[day]!, [...base, 'week', day]]);
  if (timetable.hours !== undefined) out.push([timetable.hours, [...base, 'hours']]);
  return out;
}

export default defineRule<Message>({
  meta: {
    id: 'calendar-hours',
    description: {
      en: 'A calendar is one that can be: a real time zone, opening hours that open before they close (or say +1 past midnight) without overlapping parts, at least one working day, seasons and closures that end no earlier than they start and seasons that do not partly overlap.',
      ar: 'التقويم ممكن الوجود: منطقة زمنية حقيقية، وساعات عمل تبدأ قبل أن تنتهي (أو تذكر +1 بعد منتصف الليل) بلا فترات متداخلة، ويوم عمل واحد على الأقل، ومواسم وإغلاقات لا تنتهي قبل أن تبدأ، ومواسم لا يتداخل بعضها مع بعض جزئيًا.',
    },
    severity: 'error',
    messages: {
      'unknown-time-zone': { en: '"{text}" is not a time zone of the IANA database, such as Asia/Riyadh', ar: '"{text}" ليست منطقة زمنية في قاعدة IANA، مثل Asia/Riyadh' },
      'unknown-time-zone-near': { en: '"{text}" is not a time zone of the IANA database; did you mean "{suggestion}"?', ar: '"{text}" ليست منطقة زمنية في قاعدة IANA؛ هل تقصد "{suggestion}"؟' },
      'hours-format': { en: 'the hours "{text}" are not written HH:MM-HH:MM', ar: 'الساعات "{text}" ليست مكتوبة بالصيغة HH:MM-HH:MM' },
      'hours-time': { en: 'the hours "{text}" hold a time that is no time of day', ar: 'الساعات "{text}" تحوي وقتًا ليس من أوقات اليوم' },
      'hours-order': { en: 'the hours "{text}" close before they open; write "+1" for hours that run past midnight, such as 22:00-02:00+1', ar: 'الساعات "{text}" تنتهي قبل أن تبدأ؛ اكتب "+1" للساعات التي تمتد بعد منتصف الليل، مثل 22:00-02:00+1' },
      'hours-too-long': { en: 'the hours "{text}" last longer than a day', ar: 'الساعات "{text}" أطول من يوم' },
      weekday: { en: '"{text}" is no weekday; write mon, tue, wed, thu, fri, sat or sun', ar: '"{text}" ليس يومًا من أيام الأسبوع؛ اكتب mon أو tue أو wed أو thu أو fri أو sat أو sun' },
      date: { en: '"{text}" is not a real date', ar: '"{text}" ليس تاريخًا حقيقيًا' },
      'date-range': { en: '"{text}" is outside the days cs-policy\'s calendars cover ({first} to {last})', ar: '"{text}" خارج الأيام التي تغطيها تقاويم cs-policy (من {first} إلى {last})' },
      'date-order': { en: 'this ends on {text}, before it starts', ar: 'ينتهي هذا في {text}، قبل أن يبدأ' },
      'season-without-hours': { en: 'the season "{text}" gives no hours; add hours or week', ar: 'الموسم "{text}" بلا ساعات عمل؛ أضف hours أو week' },
      'no-hours': { en: 'the calendar "{calendar}" has no opening hours: give days and hours, week, or always_open: true', ar: 'التقويم "{calendar}" بلا ساعات عمل: حدّد days وhours، أو week، أو always_open: true' },
      'no-working-day': { en: 'the calendar "{calendar}" is open on no day of the week', ar: 'التقويم "{calendar}" لا يعمل في أي يوم من الأسبوع' },
      'shifts-overlap': { en: 'the part "{text}" of this split shift overlaps an earlier part', ar: 'الفترة "{text}" من هذه الفترات المتعددة تتداخل مع فترة قبلها' },
      'seasons-overlap': { en: 'the season from {text} overlaps the season from {other}; one day has one timetable', ar: 'الموسم الذي يبدأ في {text} يتداخل مع الموسم الذي يبدأ في {other}؛ لليوم جدول واحد' },
    },
  },
  check({ policy }, report) {
    policy.calendars?.forEach((calendar, c) => {
      const at = (path: DocPath): DocPath => ['calendars', c, ...path];
      const compiled = compileCalendar(calendar, { checkTimeZone: false });
      const zone = timeZoneProblem(calendar.timezone);
      if (zone) report(zone.suggestion ? 'unknown-time-zone-near' : 'unknown-time-zone', at(['timezone']), { text: calendar.timezone, suggestion: zone.suggestion ?? '' });
      if (!compiled.ok) {
        for (const problem of compiled.problems) {
          const near = problem.code === 'unknown-time-zone' && problem.suggestion !== undefined;
          // A real day outside 1900-2199 is not "no date": it is past what the calendars cover.
          const code = problem.code === 'date' && isIsoDate(problem.text) ? 'date-range' : near ? 'unknown-time-zone-near' : problem.code;
          report(code, at(problem.path), { text: problem.text, suggestion: problem.suggestion ?? '', first: FIRST_DAY, last: LAST_DAY });
        }
      }
      const hasHours = calendar.always_open === true || calendar.week !== undefined || calendar.hours !== undefined;
      if (!hasHours) report('no-hours', at(['id']), { calendar: calendar.id });
      else if (compiled.ok && workingWeekDays(compiled.calendar) === 0) report('no-working-day', at([calendar.week ? 'week' : 'days']), { calendar: calendar.id });

      const timetables: [Timetable, DocPath][] = [[calendar, []], ...(calendar.seasons ?? []).map((season, s): [Timetable, DocPath] => [season, ['seasons', s]])];
      for (const [timetable, base] of timetables) {
        for (const [hours, path] of hoursOf(timetable, base)) {
          for (const part of overlappingParts(hours)) report('shifts-overlap', at([...path, part]), { text: (hours as string[])[part]! });
        }
      }
      const seasons = calendar.seasons ?? [];
      seasons.forEach((season, s) => {
        // A season inside another is an override (the first listed wins); a partial overlap is a slip.
        const nested = (a: typeof season, b: typeof season) => a.from <= b.from && b.to <= a.to;
        const earlier = seasons.slice(0, s).find((other) => other.from <= season.to && season.from <= other.to && other.from <= other.to && season.from <= season.to && !nested(other, season) && !nested(season, other));
        if (earlier) report('seasons-overlap', at(['seasons', s, 'from']), { text: season.from, other: earlier.from });
      });
    });
  },
});
