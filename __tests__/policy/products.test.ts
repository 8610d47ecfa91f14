/**
 * `product:` in rules and exceptions, and deny rules conditioned on evidence
 * (`when: { evidence }`): matching, what a verdict says, and the errors a
 * policy gets for writing them wrong (docs/policy.md, "Products").
 */
import { describe, expect, it } from '@jest/globals';
import type { Evidence, Finding } from '../../src/model.js';
import { evaluate, loadPolicyFromString } from '../../src/policy/index.js';
import { configError } from '../helpers/errors.js';
import { ctx, finding } from './helpers.js';

const policy = (lines: string[]) => loadPolicyFromString([...lines, ''].join('\n'), 'p.yml');

function product(port: number, name: string | undefined, evidence: Evidence = {}, service = 'http'): Finding {
  const f = finding('10.0.0.1', port, service, evidence);
  f.service = { ...f.service!, identifiedBy: 'exchange', ...(name ? { product: name } : {}) };
  return f;
}

const judge = async (lines: string[], f: Finding) =>
  evaluate([f], await policy(lines), ctx({ vantage: 'internal' })).verdicts[0];

describe('product: in rules', () => {
  const rules = [
    'version: 1',
    'default: deny',
    'allow:',
    '  - { id: web, port: 8080, service: http }',
    '  - { id: es, port: 9201, product: [Elasticsearch] }',
    'deny:',
    '  - { id: no-docker, product: docker, reason: the Docker API is root on the host }',
  ];

  it('denies by product on any port, and allows by product', async () => {
    expect((await judge(rules, product(8080, 'docker'))).rule.id).toBe('no-docker');
    expect((await judge(rules, product(9201, 'elasticsearch'))).rule.id).toBe('es');
    expect((await judge(rules, product(9201, 'ELASTICSEARCH'))).rule.id).toBe('es');
    // Without the product named, the allow by product does not apply.
    expect((await judge(rules, product(9201, undefined))).rule.id).toBe('default');
  });

  it('reads nmap product names as ours', async () => {
    const v = await judge(
      ['version: 1', 'deny:', '  - { id: no-apache, product: "Apache httpd", reason: r }'],
      product(80, 'apache'),
    );
    expect(v.rule.id).toBe('no-apache');
  });

  it('a deny of a registered service also matches that product behind HTTP on an odd port', async () => {
    const v = await judge(
      ['version: 1', 'deny:', '  - { id: no-docker-svc, service: docker, reason: r }'],
      product(8080, 'docker'),
    );
    expect(v.rule.id).toBe('no-docker-svc');
  });

  it('exceptions may name a product', async () => {
    const lines = [
      'version: 1',
      'deny:',
      '  - { id: no-etcd, product: etcd, reason: r }',
      'exceptions:',
      '  - match: { product: etcd, rule: no-etcd }',
      '    reason: the cluster store, client certificates required',
      '    approved_by: "@acme/platform"',
      '    expires: 2027-01-31',
    ];
    expect((await judge(lines, product(2379, 'etcd'))).exception).toBeDefined();
    const other = await judge(
      [...lines.slice(0, 2), '  - { id: no-etcd, product: [etcd, consul], reason: r }', ...lines.slice(3)],
      product(8500, 'consul'),
    );
    expect([other.outcome, other.exception]).toEqual(['fail', undefined]);
  });

  it('service: nginx points to product: nginx, at its line and column', async () => {
    const err = await configError(policy(['version: 1', 'deny:', '  - { service: nginx, reason: r }']));
    expect(err.message).toContain('p.yml:3:16');
    expect(err.message).toContain('"nginx" is a product, not a service: write product: nginx');
  });

  it('a misspelt product key gets a suggestion', async () => {
    const err = await configError(policy(['version: 1', 'deny:', '  - { produc: nginx, reason: r }']));
    expect(err.message).toContain('unknown key "produc"; did you mean "product"?');
  });
});

describe('when: { evidence }', () => {
  const rules = [
    'version: 1',
    'default: deny',
    'allow:',
    '  - { id: proxy, port: 3128, service: http }',
    'deny:',
    '  - id: no-open-proxy',
    '    when: { evidence: { http.open_proxy: true } }',
    '    reason: an open proxy forwards anyone',
  ];

  it('denies only when every key holds that value, and quotes the exchange that proved it', async () => {
    const open = await judge(
      rules,
      product(3128, 'squid', {
        'http.open_proxy': true,
        'http.open_proxy_proof': 'GET http://10.0.0.2:80/ → 200, the answer 10.0.0.2:80 gave directly',
      }),
    );
    expect(open.rule.id).toBe('no-open-proxy');
    expect(open.message).toContain(
      '(shown by GET http://10.0.0.2:80/ → 200, the answer 10.0.0.2:80 gave directly)',
    );
    expect((await judge(rules, product(3128, 'squid', { 'http.open_proxy': false }))).rule.id).toBe('proxy');
    expect((await judge(rules, product(3128, 'squid'))).rule.id).toBe('proxy');
    // A string "true" is not the boolean the rule asks for.
    expect((await judge(rules, product(3128, 'squid', { 'http.open_proxy': 'true' }))).rule.id).toBe('proxy');
  });

  it('a conditional deny with no port and no service is not an every-port rule', async () => {
    await expect(policy(rules)).resolves.toBeDefined();
  });

  it('when: { auth: none } reads a product fact, and quotes its proof', async () => {
    const lines = [
      'version: 1',
      'deny:',
      '  - { id: no-open-docker, product: docker, when: { auth: none }, reason: root on the host }',
    ];
    const v = await judge(
      lines,
      product(2375, 'docker', {
        'http.auth_required': false,
        'docker.unauthenticated': true,
        'docker.unauthenticated_proof':
          'GET /version → 200 with ApiVersion and Version (an unauthenticated read)',
      }),
    );
    expect(v.rule.id).toBe('no-open-docker');
    expect(v.message).toContain('(shown by GET /version → 200 with ApiVersion');
    // Refused: http.auth_required false on GET / does not make an unauthenticated Docker.
    const refused = await judge(
      lines,
      product(2375, 'docker', { 'http.auth_required': false, 'docker.unauthenticated': false }),
    );
    expect(refused.rule.id).toBe('default');
  });

  it('a bad evidence key is an error at that key', async () => {
    const err = await configError(
      policy(['version: 1', 'deny:', '  - { when: { evidence: { Bad-Key: true } }, reason: r }']),
    );
    expect(err.message).toMatch(
      /p\.yml:3:\d+: deny\[0\]\.when\.evidence\.Bad-Key: the key "Bad-Key" is not an evidence key/,
    );
  });
});

describe('a Server header cannot name a registered service', () => {
  it('Server: telnet on an HTTP port is not matched by service: telnet', async () => {
    const v = await judge(
      [
        'version: 1',
        'allow:',
        '  - { id: web, port: 8080, service: http }',
        'deny:',
        '  - { id: no-telnet, service: telnet, reason: r }',
      ],
      product(8080, 'telnet'),
    );
    expect(v.rule.id).toBe('web');
  });
});
