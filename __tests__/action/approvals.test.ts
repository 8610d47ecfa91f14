import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { approvalFrom, latestReviews, reviewRequest } from '../../src/action/approvals.js';
import { decodeFindings, encodeFindings } from '../../src/action/findings-payload.js';
import { sampleReport } from '../report/helpers/sample.js';

/** Who approved a change to the rules, from the reviews alone (pure), and the findings a check run carries. */

const HEAD = 'a'.repeat(40);
const review = (login: string, state: string, commitId = HEAD) => ({ login, state, commitId });

describe('approvals', () => {
  it('keeps the newest verdict of each user; comments change nothing', () => {
    expect(
      latestReviews([
        review('alice', 'APPROVED'),
        review('alice', 'COMMENTED'),
        review('bob', 'APPROVED'),
        review('BOB', 'CHANGES_REQUESTED'),
        review('carol', 'APPROVED'),
        review('carol', 'DISMISSED'),
      ]).map((r) => [r.login, r.state]),
    ).toEqual([
      ['alice', 'APPROVED'],
      ['BOB', 'CHANGES_REQUESTED'],
      ['carol', 'DISMISSED'],
    ]);
  });

  it('counts an approval of the head commit by a listed user, case-insensitively, never the author', async () => {
    const a = await approvalFrom({
      reviews: [review('Alice', 'APPROVED'), review('author', 'APPROVED'), review('mallory', 'APPROVED')],
      approvers: ['alice', 'author'],
      headSha: HEAD,
      author: 'author',
    });
    expect(a).toEqual({ by: ['Alice'], notes: [] });
  });

  it('an approval of an earlier commit does not count, and says so', async () => {
    const a = await approvalFrom({
      reviews: [review('alice', 'APPROVED', 'b'.repeat(40))],
      approvers: ['alice'],
      headSha: HEAD,
    });
    expect(a.by).toEqual([]);
    expect(a.notes).toEqual([
      'alice approved an earlier commit (bbbbbbb); commits were pushed since, so a review of aaaaaaa is needed',
    ]);
  });

  it('teams count only when membership can be read', async () => {
    const input = { reviews: [review('bob', 'APPROVED')], approvers: ['acme/security'], headSha: HEAD };
    const without = await approvalFrom(input);
    expect(without.by).toEqual([]);
    expect(without.notes[0]).toMatch(
      /^bob approved, but membership of @acme\/security cannot be checked without approvers-token/,
    );
    const asked: string[] = [];
    const withTeams = await approvalFrom({
      ...input,
      isTeamMember: async (org, team, user) => {
        asked.push(`${org}/${team}/${user}`);
        return user === 'bob';
      },
    });
    expect(withTeams).toEqual({ by: ['bob (@acme/security)'], notes: [] });
    expect(asked).toEqual(['acme/security/bob']);
  });

  it('asks users and teams of the repository’s organisation for a review, never the author', () => {
    expect(reviewRequest(['alice', 'author', 'acme/security', 'other-org/team'], 'Acme', 'author')).toEqual({
      users: ['alice'],
      teams: ['security'],
      elsewhere: ['other-org/team'],
    });
  });
});

describe('the findings a check run carries', () => {
  it('round-trips the findings and what was scanned, and nothing else', () => {
    const report = sampleReport();
    const text = encodeFindings(report, 65535)!;
    expect(text).toMatch(/^<!-- portcullis-findings:v1 [A-Za-z0-9+/=]+ -->$/);
    const back = decodeFindings(`some summary\n${text}\n`, 'check run 1')!;
    expect(back.findings).toEqual(report.ports);
    expect(back.scan).toEqual(report.scan);
    expect(back).not.toHaveProperty('verdicts');
  });

  it('keeps why a partial scan stopped, so a review does not call a spent time budget an interruption', () => {
    const report = sampleReport({ partial: true, partialReason: 'max-duration', result: 'fail' });
    const back = decodeFindings(encodeFindings(report, 65535)!, 'check run 2')!;
    expect(back).toMatchObject({ partial: true, partialReason: 'max-duration' });
  });

  it('carries nothing when it would not fit, and reads nothing from text without it or with garbage', () => {
    expect(encodeFindings(sampleReport(), 100)).toBeUndefined();
    expect(decodeFindings(undefined, 'x')).toBeUndefined();
    expect(decodeFindings('<!-- portcullis-findings:v1 AAAA -->', 'x')).toBeUndefined();
  });

  it('checks forged findings against the report schema', () => {
    const forged = gzipSync(
      JSON.stringify({ findings: [{ host: 1 }], scan: {}, startedAt: 'x', durationMs: 0, partial: false }),
    );
    expect(() =>
      decodeFindings(`<!-- portcullis-findings:v1 ${forged.toString('base64')} -->`, 'check run 9'),
    ).toThrow(/check run 9.*not a Portcullis JSON report/);
  });
});
