import { describe, expect, it } from 'vitest';
import {
  KOREAN_PARTICLES,
  joinKoreanParticles,
  joinLeadingParticle,
  leadingParticle,
} from './korean-line-breaks';

describe('leadingParticle', () => {
  it.each([
    ['부터는 [이슈](…)에서', '부터는'],
    ['이 눈에 들어왔다.', '이'],
    ['과 [PR #1876](…)을', '과'],
    ['로 의존성 하한값이', '로'],
    ['에서는, 그리고', '에서는'],
    ['으로.', '으로'],
    ['이라는 이름', '이라는'],
    ['입니다', '입니다'],
  ])('finds the particle word of %j', (text, particle) => {
    expect(leadingParticle(text)).toBe(particle);
  });

  it.each([
    '프로젝트에 기여했다',
    '이슈를 올렸다',
    '아니었다.',
    '로그를 봤다',
    '과제였다',
    'and then',
    ' 로 (a space first)',
    '',
  ])('finds none in %j: its first word is not a particle', (text) => {
    expect(leadingParticle(text)).toBeUndefined();
  });

  it('looks at the text after the end to see whether the word goes on', () => {
    expect(leadingParticle('로', '')).toBe('로');
    expect(leadingParticle('로', ' 끝')).toBe('로');
    expect(leadingParticle('로', '그')).toBeUndefined();
  });

  it('lists each particle once', () => {
    expect(new Set(KOREAN_PARTICLES).size).toBe(KOREAN_PARTICLES.length);
  });
});

describe('joinLeadingParticle', () => {
  it('drops a line break before a particle, with the spaces around it', () => {
    expect(joinLeadingParticle('\n부터는 [이슈]')).toBe('부터는 [이슈]');
    expect(joinLeadingParticle(' \n  로 의존성')).toBe('로 의존성');
    expect(joinLeadingParticle('\r\n과 PR')).toBe('과 PR');
  });

  it('keeps a line break before any other word', () => {
    expect(joinLeadingParticle('\n프로젝트에 기여')).toBe('\n프로젝트에 기여');
    expect(joinLeadingParticle('\nand more')).toBe('\nand more');
  });

  it('keeps text that does not start with a line break', () => {
    expect(joinLeadingParticle(' 로 의존성')).toBe(' 로 의존성');
    expect(joinLeadingParticle('로 의존성')).toBe('로 의존성');
  });
});

describe('joinKoreanParticles', () => {
  const MARK = '\uE000';

  it('joins a particle to the link, code or emphasis whose end is marked', () => {
    expect(joinKoreanParticles(`PR #1838${MARK}\n부터는 이슈${MARK}에서`, MARK)).toBe(
      'PR #1838부터는 이슈에서',
    );
    expect(joinKoreanParticles(`cargo -Z${MARK}${MARK}\n로 의존성`, MARK)).toBe(
      'cargo -Z로 의존성',
    );
  });

  it('keeps the other line breaks, and a break after no mark', () => {
    expect(joinKoreanParticles(`kube-rs${MARK}\n프로젝트에`, MARK)).toBe('kube-rs\n프로젝트에');
    expect(joinKoreanParticles('느낌이\n아니었다 kube-rs\n로', MARK)).toBe(
      '느낌이\n아니었다 kube-rs\n로',
    );
  });

  it('reads a particle on past the next mark (`**[a](…)⏎로**그를`)', () => {
    expect(joinKoreanParticles(`a${MARK}\n로${MARK}그를`, MARK)).toBe('a\n로그를');
  });
});
