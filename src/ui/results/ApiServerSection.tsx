/** The API server's verdict before admission: the decoding error and the validation errors. */
import { memo } from 'react'
import type { ApiServerVerdict } from '../../engine/report'
import { Text, useWindow } from './bounded'
import { Badge } from './common'

export const ApiServerSection = memo(function ApiServerSection({
  api,
  of,
}: {
  api: ApiServerVerdict
  of: string
}) {
  const [errors, more] = useWindow(api.errors)
  if (api.allowed) return null
  return (
    <section className="section" aria-label={`API server of ${of}`}>
      <h4>
        API server <Badge tone="bad">{api.stoppedBy === 'kubectl' ? 'not sent' : 'rejected'}</Badge>
      </h4>
      <p className="note">
        {api.stoppedBy === 'kubectl'
          ? 'kubectl itself refuses to decode this object, so nothing reaches the cluster.'
          : 'The API server refuses this object before any admission policy sees it; the verdicts below show what the rest of it would get.'}
      </p>
      {api.decodeError && (
        <pre className="message" data-testid="api.decodeError">
          <Text text={api.decodeError} />
        </pre>
      )}
      {errors.length > 0 && (
        <ol className="violations" aria-label="Validation errors">
          {errors.map((e, i) => (
            // errors may repeat; their order is the server's
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list in validation order
            <li key={i} className="violation" data-testid="api.error">
              <Text text={e} />
            </li>
          ))}
        </ol>
      )}
      {more}
    </section>
  )
})
