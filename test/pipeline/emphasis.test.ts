// Start-up (#11): the markdown parser is loaded only for text that may hold emphasis.
import { describe, expect, it } from 'vitest';
import { loadMarkdown, emphasisOf } from '../../src/segment/emphasis.js';
import { mayHaveEmphasis } from '../../src/pipeline/index.js';

const has = (t: string) => mayHaveEmphasis(t, '*') || mayHaveEmphasis(t, '_');
const whole = (t: string) => ({ text: t, map: Int32Array.from({ length: t.length + 1 }, (_, i) => i) });

describe('mayHaveEmphasis', () => {
  it.each([
    '**Sở Tài chính** chủ trì',
    'Giao *Sở Y tế* thực hiện',
    '__Điều 1.__ Phạm vi',
    'a _b_ c',
    '***x***',
  ])('fires on real emphasis: %s', async (t) => {
    expect(has(t)).toBe(true);
    await loadMarkdown();
    expect(emphasisOf(t, whole(t)).length).toBeGreaterThan(0);
  });

  it.each([
    'Nơi nhận: (*)',
    '______________________',
    '* * *',
    'Ghi chú: * là chỉ tiêu bắt buộc',
    'tên_tệp',
    '*'.repeat(10_000),
  ])('does not fire where no emphasis can be: %s', (t) => {
    expect(has(t)).toBe(false);
  });
});
