import { echoIdentification, reflection } from '../reflection.js';
import type { UdpHooks } from '../types.js';

/** Echo over UDP: the reply is the datagram we sent. (Every probe path checks for reflections first.) */
export const echoUdpHooks: UdpHooks = {
  parse: (reply, sent) =>
    reflection(reply, sent) === 'prefix' ? echoIdentification('echo', reply, sent) : undefined,
};
