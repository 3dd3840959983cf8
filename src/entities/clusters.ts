/** The working cluster of mentions the entity stage builds for one entity, and the person mentions it links. */
import type { ActorCode, EntityType, Mention, Role } from '../model/schema.js';
import type { PersonCluster } from './coref.js';
import type { Affiliation } from './affiliation.js';

export interface Cluster {
  type: EntityType;
  name: string;
  roles: Role[];
  country: string | null;
  actor: ActorCode | null;
  rule: string;
  mentions: { start: number; end: number; kind: Mention['kind']; rule: string; tok: number }[];
  person?: PersonCluster;
  /** An armed group the text ties the person to ("an IS member", "joined the YPG"). */
  affiliation?: Affiliation;
  /** Named with an honorific ("Mr Brown"). */
  honorific?: boolean;
}

/** A person's mention at token `tok`; `subject` when it is its sentence's subject. */
export interface PersonMention {
  cluster: PersonCluster;
  tok: number;
  subject: boolean;
}

/** Add a role unless the person already has it or a fuller form of it ("Secretary" after "Secretary of State"). */
export function addRole(roles: Role[], role: Role): void {
  const t = role.title.toLowerCase();
  for (let k = 0; k < roles.length; k++) {
    const x = roles[k].title.toLowerCase();
    if (x === t || x.split(/\s+/).includes(t)) {
      if (!roles[k].country && role.country) roles[k] = { ...roles[k], country: role.country };
      return;
    }
  }
  roles.push(role);
}
