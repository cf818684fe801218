import { describe, expect, it } from 'vitest';
import { groupTagsByInitial, initialOf } from './tag-groups';

describe('tag groups', () => {
  it.each([
    ['가나', 'ㄱ'],
    ['까치', 'ㄱ'],
    ['나무', 'ㄴ'],
    ['오픈소스', 'ㅇ'],
    ['회고', 'ㅎ'],
    ['ㅋㅋ', 'ㅋ'],
    ['rust', 'R'],
    ['Éclair', 'É'],
    ['2024', '#'],
    ['.net', '#'],
  ])('%s is filed under %s', (label, initial) => {
    expect(initialOf(label)).toBe(initial);
  });

  it('orders groups as Korean readers expect, with # last', () => {
    const groups = groupTagsByInitial(
      ['rust', '회고', '2024', '쿠버네티스', 'kube-rs', '개발문화', 'css'].map((label) => ({
        label,
      })),
      'ko',
    );
    expect(groups.map((g) => [g.initial, g.tags.map((tag) => tag.label)])).toEqual([
      ['ㄱ', ['개발문화']],
      ['ㅋ', ['쿠버네티스']],
      ['ㅎ', ['회고']],
      ['C', ['css']],
      ['K', ['kube-rs']],
      ['R', ['rust']],
      ['#', ['2024']],
    ]);
  });
});
