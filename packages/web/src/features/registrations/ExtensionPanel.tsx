import { DeadlineExtensionPanel } from '../../components/DeadlineExtensionPanel'
import { messages } from '../../messages/vi'
import { useGrantExtension, type RegistrationList } from './registrations-api'

type Props = { planId: number; year: number; data: RegistrationList; canExtend: boolean }

/** The registration deadline's extensions (the shared deadline-extension control). */
export function ExtensionPanel({ planId, year, data, canExtend }: Props) {
  const grant = useGrantExtension(planId, year)
  // Not-registered units first: they are the ones usually given more time.
  const units = [...data.notRegistered, ...data.registrations.map((row) => row.unit)]
  return (
    <DeadlineExtensionPanel
      title={messages.registrations.extension.title}
      units={units}
      extensions={data.extensions}
      canExtend={canExtend}
      grant={grant}
    />
  )
}
