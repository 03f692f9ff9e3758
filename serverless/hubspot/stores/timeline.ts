import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../../lib/clock';
import type { Crm, TASK_ASSOCIATION_TYPE_IDS } from '../crm';
import type { ClaimStore } from './claims';
import type { LinkedRecords, LinkedRecordType } from './invoice-links';

/** HubSpot-defined association types from a note to the records it is on. */
const noteAssociationTypes: Record<LinkedRecordType, number> = {
  deals: 214,
  contacts: 202,
  companies: 190,
};

export interface TimelineNote {
  /** The note's body, HTML. */
  html: string;
  /** Text the body contains that no other note has: how a retry recognises the note. */
  reference: string;
  /** When it happened (ISO instant): the note's place on the timeline. */
  at: string;
  records: LinkedRecords;
}

/** A task on a deal (and its contact and company) for the deal's owner. */
export interface ReminderTask {
  subject: string;
  body: string;
  /** Text the body carries that no other task has: how a retry recognises the task. */
  reference: string;
  dueAt: Date;
  ownerId: string | null;
  dealId: string;
  contactIds: string[];
  companyIds: string[];
}

/** How long a call may hold the right to write one note or task before another may take over. */
export const WRITE_CLAIM_MS = 2 * 60_000;

/** Another call is writing the same note or task right now: this one leaves it to that one. */
export class TimelineBusyError extends Error {
  constructor() {
    super('Another call is writing this note or task right now.');
    this.name = 'TimelineBusyError';
  }
}

/**
 * Notes on CRM records' timelines (a private app cannot write timeline events: notes are how it
 * records what happened in QuickBooks), and reminder tasks. Each is written once: under a claim on
 * its reference (so two triggers at the same instant cannot both write it), the first record's
 * notes (or the deal's tasks) are read for the reference, so a retry after a lost answer, a webhook
 * and a catch-up that see the same change write one between them.
 */
export class Timeline {
  constructor(
    private readonly crm: Crm,
    private readonly claims?: ClaimStore,
    private readonly clock?: Clock,
  ) {}

  /**
   * The right to write the engagement with this reference, claimed in HubSpot (a unique-key
   * record: two calls cannot both create it), so two triggers at the same instant write it once.
   * Returns how to give it back; a claim left by a call that died expires and is taken over.
   * Without the claim object (setup not run again yet) the check before writing is all there is.
   */
  private async claim(reference: string): Promise<() => Promise<void>> {
    if (!this.claims || !this.clock || !(await this.claims.available())) return async () => {};
    const key = `write:${createHash('sha256').update(reference).digest('hex').slice(0, 40)}`;
    const owner = randomUUID();
    const now = this.clock.now();
    let outcome = await this.claims.take(key, owner, now + WRITE_CLAIM_MS);
    if (!outcome.held && outcome.holder && outcome.holder.expiresAt < now) {
      await this.claims.release(outcome.holder);
      outcome = await this.claims.take(key, owner, now + WRITE_CLAIM_MS);
    }
    if (!outcome.held) throw new TimelineBusyError();
    const { claim } = outcome;
    return () => this.claims?.release(claim) ?? Promise.resolve();
  }

  async noteOnce(note: TimelineNote): Promise<'written' | 'already written' | 'no records'> {
    const targets = (Object.keys(noteAssociationTypes) as LinkedRecordType[]).flatMap((type) =>
      [...new Set(note.records[type])].map((id) => ({ type, id })),
    );
    const anchor = targets[0];
    if (!anchor) return 'no records';
    return this.writeOnce(
      note.reference,
      () => this.has(anchor.type, anchor.id, 'notes', 'hs_note_body', note.reference),
      () => this.writeNote(note, targets),
    );
  }

  /**
   * Writes under a claim on the reference, after checking (under the claim: a call that held it
   * before may have written it) that nothing carries the reference yet.
   */
  private async writeOnce(
    reference: string,
    written: () => Promise<boolean>,
    write: () => Promise<void>,
  ): Promise<'written' | 'already written'> {
    const release = await this.claim(reference);
    try {
      if (await written()) return 'already written';
      await write();
    } finally {
      await release();
    }
    return 'written';
  }

  private async writeNote(
    note: TimelineNote,
    targets: Array<{ type: LinkedRecordType; id: string }>,
  ): Promise<void> {
    await this.crm.createObject(
      'notes',
      { hs_timestamp: note.at, hs_note_body: note.html },
      targets.map((target) => ({
        to: { id: target.id },
        types: [
          {
            associationCategory: 'HUBSPOT_DEFINED',
            associationTypeId: noteAssociationTypes[target.type],
          },
        ],
      })),
    );
  }

  /**
   * A task on a deal (and its contact and company) for the deal's owner, created once: the deal's
   * tasks are read for the reference first, as for notes.
   */
  taskOnce(task: ReminderTask): Promise<'written' | 'already written'> {
    return this.writeOnce(
      task.reference,
      () => this.has('deals', task.dealId, 'tasks', 'hs_task_body', task.reference),
      () => this.writeTask(task),
    );
  }

  private async writeTask(task: ReminderTask): Promise<void> {
    const to = (kind: keyof typeof TASK_ASSOCIATION_TYPE_IDS, ids: string[]) =>
      [...new Set(ids)].map((id) => ({ to: kind, id }));
    await this.crm.createTask({
      subject: task.subject,
      body: `${task.body}\n\n${task.reference}`,
      dueAt: task.dueAt,
      ...(task.ownerId ? { ownerId: task.ownerId } : {}),
      associations: [
        ...to('deal', [task.dealId]),
        ...to('contact', task.contactIds),
        ...to('company', task.companyIds),
      ],
    });
  }

  private async has(
    type: LinkedRecordType,
    id: string,
    engagement: 'notes' | 'tasks',
    bodyProperty: string,
    reference: string,
  ): Promise<boolean> {
    const ids = await this.crm.associatedIds(type, id, engagement);
    if (ids.length === 0) return false;
    const records = await this.crm.batchRead(engagement, ids, [bodyProperty]);
    return records.some((record) => (record.properties[bodyProperty] ?? '').includes(reference));
  }
}
