import { useState } from 'react'
import { App, Button, Flex } from 'antd'
import {
  DashboardOutlined,
  DownloadOutlined,
  EditOutlined,
  FileDoneOutlined,
  FormOutlined,
} from '@ant-design/icons'
import { PLAN_ACTION_LABELS } from '@antq/core'
import { Link, useNavigate } from 'react-router'
import type { PlanView, PlanWriteAction } from '../../api/types'
import { allows } from '../../lib/permissions'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'
import { PlanActionModal } from './PlanActionModal'
import { planExportUrl } from './plans-api'
import { usePlanAction } from './use-plan-queries'

const m = messages.plan

/** The plan's action buttons (from `actions`, for accounts that may write) and its downloads. */
export function PlanToolbar({ plan }: { plan: PlanView }) {
  const account = useAccount()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const mutation = usePlanAction(plan.id)
  const [action, setAction] = useState<PlanWriteAction | null>(null)
  const canWrite = allows(account, 'plans:write')
  const writeActions = plan.actions.filter((item): item is PlanWriteAction => item !== 'edit')

  const confirm = (reason: string) => {
    if (!action) return
    mutation.mutate(
      { action, reason },
      {
        onSuccess: (view) => {
          void message.success(m.actionDone(PLAN_ACTION_LABELS[action]))
          setAction(null)
          if (view.id !== plan.id) void navigate(`/ke-hoach/${view.id}`)
        },
      },
    )
  }
  const open = (next: PlanWriteAction) => {
    mutation.reset()
    setAction(next)
  }

  return (
    <Flex wrap gap={8}>
      {canWrite && plan.actions.includes('edit') && (
        <Link to={`/ke-hoach/${plan.id}/sua`}>
          <Button icon={<EditOutlined />}>{PLAN_ACTION_LABELS.edit}</Button>
        </Link>
      )}
      {canWrite &&
        writeActions.map((item) => (
          <Button
            key={item}
            type={item === 'publish' ? 'primary' : 'default'}
            danger={item === 'close'}
            onClick={() => open(item)}
          >
            {PLAN_ACTION_LABELS[item]}
          </Button>
        ))}
      {allows(account, 'campaign:read') && (
        <Link to={`/ke-hoach/${plan.id}/tien-do`}>
          <Button icon={<DashboardOutlined />}>{messages.targets.open}</Button>
        </Link>
      )}
      {allows(account, 'campaign:read') && plan.status === 'published' && (
        <>
          <Link to={`/ke-hoach/${plan.id}/dang-ky`}>
            <Button icon={<FormOutlined />}>{messages.registrations.open}</Button>
          </Link>
          <Link to={`/ke-hoach/${plan.id}/bao-cao`}>
            <Button icon={<FileDoneOutlined />}>{messages.reports.open}</Button>
          </Link>
        </>
      )}
      <Button href={planExportUrl(plan.id, 'yaml')} download icon={<DownloadOutlined />}>
        {m.downloadYaml}
      </Button>
      <Button href={planExportUrl(plan.id, 'docx')} download icon={<DownloadOutlined />}>
        {m.downloadDocx}
      </Button>
      <PlanActionModal
        action={action}
        pending={mutation.isPending}
        error={mutation.error?.message ?? null}
        onConfirm={confirm}
        onCancel={() => setAction(null)}
      />
    </Flex>
  )
}
