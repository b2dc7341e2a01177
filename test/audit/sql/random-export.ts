/** A seeded export: channels, priorities and actions of the water utility's policy and some it does not know; times around both clock changes. */
export function randomExport(seed: number, rows: number): string {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const channels = ['email', 'letter', 'phone', 'centre', 'emergency-line', 'web', ''];
  const priorities = ['standard', 'emergency', 'urgent', ''];
  const actions = ['answer-complaints', 'answer-written-contacts', 'take-emergencies', 'call-back-priority-customers', 'answer-complaints;answer-written-contacts', 'unknown-action', '', ''];
  const from = Date.UTC(2026, 2, 20);
  const iso = (ms: number) => {
    const text = new Date(ms).toISOString();
    return pick([text, text.replace('.000Z', 'Z'), text.replace('T', ' ').replace('Z', '+02:00')]);
  };
  const time = (created: number): string => {
    const r = random();
    if (r < 0.25) return '';
    if (r < 0.27) return 'soon';
    if (r < 0.29) return iso(created - 60_000);
    if (r < 0.3) return '2250-01-01T00:00:00Z';
    return iso(created + Math.floor(random() * random() * 12 * 86_400_000));
  };
  const lines = ['id,channel,created_at,priority,segment,action,answer_at,first_response_at,resolution_at'];
  for (let i = 0; i < rows; i++) {
    // Minutes, with edges on the hour: openings, closings and clock changes fall on them.
    const created = from + Math.floor(random() * 230 * 24 * 4) * 900_000 + (random() < 0.5 ? 0 : Math.floor(random() * 900_000));
    const createdText = random() < 0.01 ? '' : random() < 0.01 ? 'yesterday' : iso(created);
    lines.push([i, pick(channels), createdText, pick(priorities), pick(['', 'priority-services', 'business', 'domestic']), pick(actions), time(created), time(created), time(created)].join(','));
  }
  return `${lines.join('\n')}\n`;
}
