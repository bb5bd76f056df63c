import './card.css';
import type { ClaimKind } from '../core/dataset/schema';
import { useLocale } from './Locale';

/** `_locales` key of each claim kind's label (allegation → «ادعاء», …). */
export const KIND_MESSAGE: Record<ClaimKind, string> = {
  allegation: 'claimKind_allegation',
  'reported-event': 'claimKind_reportedEvent',
  statement: 'claimKind_statement',
  opinion: 'claimKind_opinion',
  analysis: 'claimKind_analysis',
};

/**
 * The kind of a claim as a labelled badge. The label is text, not colour alone, so the kind is
 * plain to screen readers and in forced-colours mode.
 */
export default function KindBadge({ kind }: { kind: ClaimKind }) {
  const { t } = useLocale();
  return (
    <span class={`kind-badge kind-${kind}`} data-kind={kind}>
      {t(KIND_MESSAGE[kind])}
    </span>
  );
}
