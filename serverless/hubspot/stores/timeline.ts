import type { Crm } from '../crm';
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

  private async hasNote(type: LinkedRecordType, id: string, reference: string): Promise<boolean> {
    const noteIds = await this.crm.associatedIds(type, id, 'notes');
    if (noteIds.length === 0) return false;
    const notes = await this.crm.batchRead('notes', noteIds, ['hs_note_body']);
    return notes.some((note) => (note.properties.hs_note_body ?? '').includes(reference));
  }
}
