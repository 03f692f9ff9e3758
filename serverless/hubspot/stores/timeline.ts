import type { Crm, TASK_ASSOCIATION_TYPE_IDS } from '../crm';
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

/**
 * Notes on CRM records' timelines (a private app cannot write timeline events: notes are how it
 * records what happened in QuickBooks). Each note is written once: before writing, the notes of
 * the first record are read for the note's reference, so a retry after a lost answer, a webhook
 * and a catch-up that see the same change write one note between them.
 */
export class Timeline {
  constructor(private readonly crm: Crm) {}

  async noteOnce(note: TimelineNote): Promise<'written' | 'already written' | 'no records'> {
    const targets = (Object.keys(noteAssociationTypes) as LinkedRecordType[]).flatMap((type) =>
      [...new Set(note.records[type])].map((id) => ({ type, id })),
    );
    const anchor = targets[0];
    if (!anchor) return 'no records';
    if (await this.hasNote(anchor.type, anchor.id, note.reference)) return 'already written';
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
    return 'written';
  }

  /**
   * A task on a deal (and its contact and company) for the deal's owner, created once: the deal's
   * tasks are read for the reference first, as for notes.
   */
  async taskOnce(task: {
    subject: string;
    body: string;
    reference: string;
    dueAt: Date;
    ownerId: string | null;
    dealId: string;
    contactIds: string[];
    companyIds: string[];
  }): Promise<'written' | 'already written'> {
    if (await this.has('deals', task.dealId, 'tasks', 'hs_task_body', task.reference))
      return 'already written';
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
    return 'written';
  }

  private hasNote(type: LinkedRecordType, id: string, reference: string): Promise<boolean> {
    return this.has(type, id, 'notes', 'hs_note_body', reference);
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
