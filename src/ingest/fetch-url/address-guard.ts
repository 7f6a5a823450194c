import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { CorroborateError } from '../../model/index.js';

type Range = readonly [prefix: bigint, bits: number, reason: string];

/** Reads `[CIDR block, reason]` rows into ranges, keeping their order. */
function readRanges(rows: readonly (readonly [block: string, reason: string])[], parse: (ip: string) => bigint): readonly Range[] {
  return rows.map(([block, reason]) => {
    const [ip = '', bits = ''] = block.split('/');
    return [parse(ip), Number(bits), reason] as const;
  });
}

/** Non-public IPv4 ranges (RFC 6890 special-purpose registry), most specific first. */
const IPV4_RANGES = readRanges(
  [
    ['0.0.0.0/8', 'an unspecified ("this network") address'],
    ['127.0.0.0/8', 'a loopback address'],
    ['10.0.0.0/8', 'a private address'],
    ['172.16.0.0/12', 'a private address'],
    ['192.168.0.0/16', 'a private address'],
    ['100.64.0.0/10', 'a carrier-grade NAT address'],
    ['169.254.0.0/16', 'a link-local address'],
    ['192.0.0.0/24', 'an IETF protocol address'],
    ['192.0.2.0/24', 'a documentation address'],
    ['198.51.100.0/24', 'a documentation address'],
    ['203.0.113.0/24', 'a documentation address'],
    ['192.88.99.0/24', 'a 6to4 relay address'],
    ['198.18.0.0/15', 'a benchmarking address'],
    ['224.0.0.0/4', 'a multicast address'],
    ['240.0.0.0/4', 'a reserved or broadcast address'],
  ],
  parseIpv4,
);

/** Non-public IPv6 ranges; NAT64 addresses are judged by the IPv4 address they embed. */
const IPV6_RANGES = readRanges(
  [
    ['::/128', 'the unspecified address'],
    ['::1/128', 'a loopback address'],
    ['::ffff:0:0/96', 'an IPv4-mapped address'],
    ['::/96', 'an IPv4-compatible address'],
    ['64:ff9b:1::/48', 'a local-use NAT64 address'],
    ['100::/64', 'a discard-only address'],
    ['2001:db8::/32', 'a documentation address'],
    ['2001::/23', 'an IETF protocol address'],
    ['2002::/16', 'a 6to4 address'],
    ['fc00::/7', 'a unique local (ULA) address'],
    ['fe80::/10', 'a link-local address'],
    ['fec0::/10', 'a site-local address'],
    ['ff00::/8', 'a multicast address'],
  ],
  parseIpv6,
);

const NAT64 = parseIpv6('64:ff9b::');

function parseIpv4(ip: string): bigint {
  return ip.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function parseIpv6(ip: string): bigint {
  let text = ip.replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = parseIpv4(dotted[1]);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((value, group) => (value << 16n) | BigInt(parseInt(group || '0', 16)), 0n);
}

function matchRange(value: bigint, width: number, ranges: readonly Range[]): string | null {
  for (const [prefix, bits, reason] of ranges) {
    const shift = BigInt(width - bits);
    if (value >> shift === prefix >> shift) return reason;
  }
  return null;
}

/** Why an IP address is not a public unicast address ("a loopback address", …), or null when it is public. */
export function classifyAddress(ip: string): string | null {
  const family = isIP(ip.replace(/%.*$/, ''));
  if (family === 4) return matchRange(parseIpv4(ip), 32, IPV4_RANGES);
  if (family !== 6) return 'not an IP address';
  const value = parseIpv6(ip);
  if (value >> 32n === NAT64 >> 32n) return matchRange(value & 0xffffffffn, 32, IPV4_RANGES);
  return matchRange(value, 128, IPV6_RANGES);
}

/** The refusal for connecting to `address` on behalf of `host`, or null when allowed. */
export function refuseAddress(host: string, address: string): CorroborateError | null {
  const reason = classifyAddress(address);
  if (reason === null) return null;
  const shown = host === address ? address : `${host} (${address})`;
  return new CorroborateError('fetch-refused', `refused to fetch from ${shown}: ${reason}; pass --allow-private-urls (allowPrivate) to allow it`);
}

export type ResolveHost = (host: string) => Promise<readonly LookupAddress[]>;

const resolveWithDns: ResolveHost = (host) =>
  new Promise((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/**
 * A `lookup` for http.request that resolves every address of the host and refuses the connection when any of them
 * is not public. Checking at connect time, on the addresses actually used, leaves no gap for DNS rebinding.
 */
export function createGuardedLookup(allowPrivate: boolean, resolveHost: ResolveHost = resolveWithDns): LookupFunction {
  return (host, options, callback) => {
    resolveHost(host)
      .then((found) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const addresses = found.filter((entry) => family === 0 || entry.family === family);
        if (addresses.length === 0) throw Object.assign(new Error(`no address found for ${host}`), { code: 'ENOTFOUND' });
        const refusal = allowPrivate ? null : addresses.map((entry) => refuseAddress(host, entry.address)).find(Boolean);
        if (refusal) throw refusal;
        if (options.all) callback(null, addresses as LookupAddress[]);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
}
