import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/** Opens a report written to `dir` and records every request it makes besides its own file. */
export async function openReport(browser: Browser, dir: string, file: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1300 } });
  const requests: string[] = [];
  const url = pathToFileURL(join(dir, file)).href;
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests };
}

export interface Box { token: string; left: number; right: number }

/**
 * Where each token is drawn in the first element `selector` matches, found in logical order (each
 * after the one before it in the text): the left and right edges of its glyphs. The text may span
 * elements (<bdi>), so the tokens are found in the element's text and mapped back to its nodes.
 */
export async function tokenBoxes(page: Page, selector: string, tokens: string[]): Promise<Box[]> {
  return page.evaluate(({ selector, tokens }) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    const at = (offset: number): [Text, number] => {
      const found = [...nodes].reverse().find((n) => n.start <= offset)!;
      return [found.node, offset - found.start];
    };
    let from = 0;
    return tokens.map((token) => {
      const index = text.indexOf(token, from);
      if (index < 0) throw new Error(`"${token}" not found after offset ${from} in: ${text}`);
      from = index + token.length;
      const range = document.createRange();
      range.setStart(...at(index));
      range.setEnd(...at(index + token.length - 1));
      // The end is inside the last character's node: extend over that character.
      range.setEnd(range.endContainer, range.endOffset + 1);
      const box = range.getBoundingClientRect();
      return { token, left: box.left, right: box.right };
    });
  }, { selector, tokens });
}

/** True when the boxes read right to left in the order given: each wholly left of the one before. */
export const readsRightToLeft = (boxes: Box[]) => boxes.every((box, i) => i === 0 || box.right <= boxes[i - 1]!.left + 1);

/** True when the boxes read left to right in the order given. */
export const readsLeftToRight = (boxes: Box[]) => boxes.every((box, i) => i === 0 || box.left >= boxes[i - 1]!.right - 1);
