/** Never a blank page: a render error shows its message and keeps both editors' text at hand. */
import { Component, type ReactNode } from 'react'
import type { AppStore } from '../state/store'

interface Props {
  store: AppStore
  /** When this changes (for example a new report), the boundary tries its children again. */
  resetKey?: unknown
  children: ReactNode
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  componentDidUpdate(prev: Props) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null })
  }

  componentDidCatch(error: Error) {
    console.error('podplay: the page failed to render', error)
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    const { pod, policy } = this.props.store.getState()
    return (
      <div className="crash" role="alert">
        <h1>Something went wrong while drawing the page</h1>
        <pre>{error.message}</pre>
        <p>Your text is safe (it is also kept in this browser). Copy it from here if needed:</p>
        <label>
          Pod editor
          <textarea readOnly value={pod} rows={10} />
        </label>
        <label>
          Policy editor
          <textarea readOnly value={policy} rows={10} />
        </label>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}
