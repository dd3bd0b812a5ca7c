import type { JSX } from 'solid-js';
import { useText } from '../context.tsx';

/**
 * A polite live region: when the reader uses an unavailable action anyway, says so. The region
 * is always in the page (empty when quiet) so screen readers announce its changes.
 */
export function StatusMessage(props: { rejected: boolean }): JSX.Element {
  const text = useText();
  return (
    <p class="sim-status" role="status">
      {props.rejected ? text.strings.actionUnavailable : ''}
    </p>
  );
}
