/** A knowledge-base article as the assistant reads it. */
export interface Article {
  slug: string;
  title: string;
  body: string;
  /** The issue category it belongs to (billing, technical, …): the team a handoff from it goes to. */
  category?: string;
}
