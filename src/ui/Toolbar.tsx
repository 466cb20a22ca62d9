/**
 * The toolbar: examples, level/version/runtime controls, the compare mode switch, Copy link and
 * Copy Markdown, the theme. One row from 1280 px up (toolbar/toolbar.css): each select's caption
 * sits above it, the two copy buttons share one "Copy" caption, and the example menu gives up width
 * first (its title is cut with an ellipsis, the whole title is its tooltip).
 */
import { useState } from 'react'
import type { Level, Runtime } from '../engine/report'
import type { CopyResult } from '../state/effects'
import { THEME_CHOICES, type ThemeChoice } from '../state/prefs'
import { isEdited } from '../state/selectors'
import { LEVELS, VERSIONS } from '../state/snapshot'
import { useActions, useAppState } from './AppContext'
import { EXAMPLES, findExample } from './examples'
import { LEVELS_AND_MODES, SETTINGS } from './glossary'
import { LessonsButton } from './lessons/LessonsButton'
import './toolbar/toolbar.css'

const THEME_LABEL: Record<ThemeChoice, string> = {
  system: 'system',
  light: 'light',
  dark: 'dark',
}

interface Output {
  title: string
  result: CopyResult
}

function OutputDialog({ output, onClose }: { output: Output; onClose: () => void }) {
  return (
    <div className="output" role="dialog" aria-label={output.title}>
      <p>
        {output.title}:{' '}
        {output.result.copied ? 'copied to the clipboard.' : 'select it and copy it.'}
      </p>
      <textarea
        readOnly
        value={output.result.text}
        aria-label={output.title}
        rows={output.title === 'Share link' ? 2 : 8}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  )
}

/** A select's name, shown above it (the label keeps it as the select's accessible name). */
function Caption({ children }: { children: string }) {
  return <span className="toolbar-caption">{children}</span>
}

export function Toolbar() {
  const actions = useActions()
  const exampleId = useAppState((s) => s.exampleId)
  const settings = useAppState((s) => s.settings)
  const setSettings = useAppState((s) => s.setSettings)
  const theme = useAppState((s) => s.prefs.theme)
  const setPrefs = useAppState((s) => s.setPrefs)
  const comparing = useAppState((s) => s.before !== null)
  const setCompare = useAppState((s) => s.setCompare)
  const openWork = useAppState((s) => s.openWork)
  const edited = useAppState((s) => s.exampleId !== null && isEdited(s))
  const [output, setOutput] = useState<Output | null>(null)
  const [busy, setBusy] = useState(false)

  return (
    <header className="toolbar">
      <h1 className="brand">
        podplay <span className="tagline">Kubernetes pod security playground</span>
      </h1>
      <label className="toolbar-field toolbar-example">
        <Caption>Example</Caption>
        <select
          value={exampleId ?? ''}
          title={(exampleId && findExample(exampleId)?.title) || '(your own)'}
          onChange={(e) => {
            const ex = findExample(e.target.value)
            if (ex) openWork(ex, 'example', ex.id)
          }}
        >
          <option value="">(your own)</option>
          {EXAMPLES.map((ex) => (
            <option key={ex.id} value={ex.id} title={ex.lesson}>
              {ex.title}
              {edited && ex.id === exampleId ? ' (edited)' : ''}
            </option>
          ))}
        </select>
      </label>
      <LessonsButton />
      <label
        className="toolbar-field"
        title="Pod Security Standards level to enforce for every workload"
      >
        <Caption>Level</Caption>
        <select
          value={settings.level ?? ''}
          onChange={(e) => setSettings({ level: (e.target.value || null) as Level | null })}
        >
          <option value="">from namespace</option>
          {LEVELS.map((l) => (
            <option key={l} value={l} title={LEVELS_AND_MODES[l]}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field" title="Pod Security Standards version">
        <Caption>Version</Caption>
        <select
          value={settings.version ?? ''}
          onChange={(e) => setSettings({ version: e.target.value || null })}
        >
          <option value="">from namespace</option>
          {VERSIONS.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field" title={SETTINGS.runtime}>
        <Caption>Runtime</Caption>
        <select
          value={settings.runtime}
          onChange={(e) => setSettings({ runtime: e.target.value as Runtime })}
        >
          <option value="containerd">containerd</option>
          <option value="cri-o">CRI-O</option>
        </select>
      </label>
      <button
        type="button"
        className="compare-toggle"
        aria-pressed={comparing}
        title="Compare the pod editor's text before and after a change: what the change does to security"
        onClick={() => setCompare(!comparing)}
      >
        Compare
      </button>
      <span className="spacer" />
      <fieldset className="toolbar-field toolbar-copy" aria-label="Copy">
        <span className="toolbar-caption" aria-hidden="true">
          Copy
        </span>
        <span className="toolbar-pair">
          <button
            type="button"
            aria-label="Copy link"
            title="Copy a link that opens this work: both editors and the settings, in the link itself"
            onClick={async () =>
              setOutput({ title: 'Share link', result: await actions.copyShareLink() })
            }
          >
            link
          </button>
          <button
            type="button"
            aria-label="Copy Markdown"
            title="Copy a Markdown summary of the report to paste into a review"
            disabled={busy}
            onClick={async () => {
              setBusy(true)
              const result = await actions.copyMarkdown()
              setBusy(false)
              setOutput({
                title: 'Markdown report',
                result: result ?? {
                  text: 'The input changed while copying; try again.',
                  copied: false,
                },
              })
            }}
          >
            Markdown
          </button>
        </span>
      </fieldset>
      <label
        className="toolbar-field"
        title="Colours: light, dark, or as the system is set (kept in this browser)"
      >
        <Caption>Theme</Caption>
        <select
          value={theme}
          onChange={(e) => setPrefs({ theme: e.target.value as ThemeChoice })}
          data-testid="theme"
        >
          {THEME_CHOICES.map((t) => (
            <option key={t} value={t}>
              {THEME_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
      {output && <OutputDialog output={output} onClose={() => setOutput(null)} />}
    </header>
  )
}
