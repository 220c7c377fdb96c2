/**
 * Reads the numbered structure of a 工作计划 written as 公文 levels (GB/T 9704 §7.3.3: 一、 → （一）):
 * every `（一）` paragraph under a `一、` heading becomes the item `一（一）`. Plans pasted from Word
 * often use ASCII brackets `(一)`; both are accepted.
 */
export interface OutlineItem {
  /** `二（一）`. */
  id: string;
  section: string;
  sectionTitle: string;
  /** The item's paragraph without its number. */
  text: string;
  line: number;
}

const SECTION = /^([一二三四五六七八九十]+)、\s*(.*)$/;
const ITEM = /^[（(]([一二三四五六七八九十]+)[）)]\s*(.*)$/;

export function readPlanOutline(markdown: string): OutlineItem[] {
  const items: OutlineItem[] = [];
  let section: { id: string; title: string } | undefined;
  markdown.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const heading = SECTION.exec(line);
    if (heading) {
      section = { id: heading[1], title: heading[2].trim() };
      return;
    }
    const item = ITEM.exec(line);
    if (item && section) {
      items.push({ id: `${section.id}（${item[1]}）`, section: section.id, sectionTitle: section.title, text: item[2], line: index + 1 });
    }
  });
  return items;
}
