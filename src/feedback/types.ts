/** The customer's answer to "How did we do?" after their conversation was resolved. */
export interface CsatResponse {
  conversationId: string;
  /** 1 (very poor) to 5 (very good). */
  score: number;
  comment: string | null;
  createdAt: Date;
}
