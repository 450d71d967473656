// Contacts: the people met along the way, and the people the user leans on.
import type { Kysely, Selectable } from 'kysely';
import type { Contact, ContactKind } from '../../core/types.js';
import type { ContactsTable, Database } from '../schema.js';

export type NewContact = Omit<Contact, 'id' | 'createdAt'>;

function toDomain(r: Selectable<ContactsTable>): Contact {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    title: r.title,
    company: r.company,
    kind: r.kind as ContactKind,
    linkedinUrl: r.linkedin_url,
    notes: r.notes,
    createdAt: r.created_at,
  };
}

export class ContactRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(userId: number, c: NewContact, now: string): Promise<Contact> {
    const row = await this.db
      .insertInto('contacts')
      .values({
        user_id: userId,
        name: c.name,
        email: c.email,
        title: c.title,
        company: c.company,
        kind: c.kind,
        linkedin_url: c.linkedinUrl,
        notes: c.notes,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toDomain(row);
  }

  async get(userId: number, id: number): Promise<Contact | undefined> {
    const row = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toDomain(row) : undefined;
  }

  async list(userId: number): Promise<Contact[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('name')
      .execute();
    return rows.map(toDomain);
  }

  async findByEmail(userId: number, email: string): Promise<Contact | undefined> {
    const row = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('user_id', '=', userId)
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
      .executeTakeFirst();
    return row ? toDomain(row) : undefined;
  }

  /** Contacts tied to an application: linked explicitly, met in its interviews, or at its company. */
  async forApplication(userId: number, applicationId: number, company: string): Promise<Contact[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('user_id', '=', userId)
      .where((eb) =>
        eb.or([
          eb(
            'id',
            'in',
            eb.selectFrom('application_contacts').select('contact_id').where('application_id', '=', applicationId),
          ),
          eb(
            'id',
            'in',
            eb
              .selectFrom('interview_participants')
              .innerJoin('interviews', 'interviews.id', 'interview_participants.interview_id')
              .select('interview_participants.contact_id')
              .where('interviews.application_id', '=', applicationId),
          ),
          eb(eb.fn('lower', ['company']), '=', company.toLowerCase()),
        ]),
      )
      .orderBy('id')
      .execute();
    return rows.map(toDomain);
  }

  async byKinds(userId: number, kinds: readonly ContactKind[]): Promise<Contact[]> {
    if (kinds.length === 0) return [];
    const rows = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('user_id', '=', userId)
      .where('kind', 'in', [...kinds])
      .orderBy('id')
      .execute();
    return rows.map(toDomain);
  }
}
