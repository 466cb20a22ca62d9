/** Hands the store and the effect actions to components; components read through selectors. */
import { createContext, type ReactNode, useContext } from 'react'
import { useStore } from 'zustand'
import type { AppActions } from '../state/effects'
import type { AppState, AppStore } from '../state/store'

interface AppContextValue {
  store: AppStore
  actions: AppActions
}

const Ctx = createContext<AppContextValue | null>(null)

export function AppProvider({
  store,
  actions,
  children,
}: AppContextValue & { children: ReactNode }) {
  return <Ctx.Provider value={{ store, actions }}>{children}</Ctx.Provider>
}

function useApp(): AppContextValue {
  const v = useContext(Ctx)
  if (!v) throw new Error('AppProvider is missing')
  return v
}

export function useAppState<T>(selector: (s: AppState) => T): T {
  return useStore(useApp().store, selector)
}

export function useActions(): AppActions {
  return useApp().actions
}

export function useAppStore(): AppStore {
  return useApp().store
}
