import { expect, test } from './fixtures'

test.describe('examples menu', () => {
  test.beforeEach(async ({ playground }) => {
    await playground.goto()
  })

  test('host PID and IPC with a host port', async ({ playground }) => {
    await playground.pickExample('fixed user ID')
    await playground.pickExample('Host PID and IPC')
    await expect(playground.setting('effective.hostPID')).toHaveText(/^yes/)
    await expect(playground.setting('effective.hostIPC')).toHaveText(/^yes/)
    await expect(playground.setting('effective.hostPorts')).toContainText('9000/TCP → kubia:8080')
  })

  test('a fixed user ID', async ({ playground }) => {
    await playground.pickExample('fixed user ID')
    await expect(playground.setting('container.main.runAsUser')).toHaveText(/^405/)
  })

  test('runAsNonRoot', async ({ playground }) => {
    await playground.pickExample('runAsNonRoot')
    await expect(playground.setting('container.main.runAsNonRoot')).toHaveText('yes')
  })

  test('privileged', async ({ playground }) => {
    await playground.pickExample('privileged container')
    await expect(playground.setting('container.main.privileged')).toHaveText('yes')
    const main = playground.container('main')
    await expect(main.getByRole('button', { name: /^SYS_ADMIN / })).toBeVisible()
    await expect(main.getByRole('button', { name: /^SYS_MODULE / })).toBeVisible()
    await expect(playground.setting('container.main.allowPrivilegeEscalation')).toContainText(
      'allowed',
    )
  })

  test('capabilities added and dropped', async ({ playground }) => {
    await playground.pickExample('Capabilities added')
    const main = playground.container('main')
    await expect(main.getByRole('button', { name: 'SYS_TIME (added)' })).toBeVisible()
    await expect(main.getByRole('button', { name: 'CHOWN (dropped)' })).toBeVisible()
    await expect(main.getByRole('button', { name: 'CHOWN (default)' })).toHaveCount(0)
  })

  test('read-only root filesystem', async ({ playground }) => {
    await playground.pickExample('Read-only root filesystem')
    await expect(playground.setting('container.main.readOnlyRootFilesystem')).toHaveText(
      'read-only',
    )
  })

  test('fsGroup and supplementalGroups for a shared volume', async ({ playground }) => {
    await playground.pickExample('fsGroup and supplementalGroups')
    await expect(playground.setting('effective.fsGroup')).toHaveText('555')
    await expect(playground.setting('effective.supplementalGroups')).toHaveText('666, 777')
    await expect(playground.setting('container.first.runAsUser')).toHaveText(/^1111/)
    await expect(playground.setting('container.second.runAsUser')).toHaveText(/^2222/)
  })

  test('a read-only hostPath volume', async ({ playground }) => {
    await playground.pickExample('hostPath volume')
    await expect(playground.setting('effective.volumes')).toContainText('/var/log (read-only)')
  })

  test('a restricted namespace denies the Deployment', async ({ playground, page }) => {
    await playground.pickExample('restricted namespace')
    const card = page.getByRole('article', { name: 'Deployment team-a/web' })
    const pss = card.getByRole('region', { name: 'Pod Security Standards' })
    await expect(pss.getByText('denied', { exact: true })).toBeVisible()
    await expect(pss.getByTestId('pss.message')).toContainText('PodSecurity "restricted:latest"')
    await expect(pss.getByTestId('pss.source')).toHaveText('the labels of Namespace "team-a"')
    // enforce lets the Deployment object through but rejects the pods it creates
    await expect(pss.getByRole('row', { name: /^enforce/ })).toContainText('pods rejected')
    await expect(pss.getByRole('row', { name: /^audit/ })).toContainText('audited')
    // editing the namespace label changes the verdict
    const policy = await playground.editorText('policy')
    await playground.setEditorText(
      'policy',
      policy.replace('enforce: restricted', 'enforce: privileged'),
    )
    await expect(pss.getByText('allowed', { exact: true })).toBeVisible()
  })

  test('PodSecurityPolicy admits one pod and rejects the other', async ({ playground, page }) => {
    await playground.pickExample('PodSecurityPolicy')
    const admitted = page.getByRole('article', { name: 'Pod default/pod-add-settime' })
    const admittedPsp = admitted.getByRole('region', { name: 'PodSecurityPolicy' })
    await expect(admittedPsp.getByText('admitted', { exact: true })).toBeVisible()
    await expect(admittedPsp.getByTestId('psp.diff')).toContainText('CHOWN')
    const rejected = page.getByRole('article', { name: 'Pod default/pod-add-sysadmin' })
    const rejectedPsp = rejected.getByRole('region', { name: 'PodSecurityPolicy' })
    await expect(rejectedPsp.getByText('rejected', { exact: true })).toBeVisible()
    // the verdict line names the admission that refuses (no labels: PSA's default admits both)
    await expect(playground.verdict).toContainText('2 workloads · PSP: 1 rejected')
    await expect(rejectedPsp.getByTestId('psp.message')).toContainText(
      'PodSecurityPolicy: unable to admit pod: [spec.containers[0].securityContext.capabilities.add: Invalid value: "SYS_ADMIN": capability may not be added]',
    )
    // the error explains the policy field that forbids it
    await expect(rejectedPsp).toContainText(
      '`spec.allowedCapabilities` of policy "default": Capabilities containers may add beyond the defaults',
    )
    // removing the capability admits the pod, and the diff shows what the policy added
    const pods = await playground.editorText('pod')
    await playground.setEditorText('pod', pods.replace('add: [SYS_ADMIN]', 'add: []'))
    await expect(rejectedPsp.getByText('admitted', { exact: true })).toBeVisible()
    await expect(rejectedPsp.getByTestId('psp.diff')).toContainText('CHOWN')
  })

  test('NetworkPolicy matrix, graph and a cell explanation', async ({ playground, page }) => {
    await playground.pickExample('NetworkPolicy')
    const net = page.getByRole('region', { name: 'Network' })
    await expect(net.getByRole('table', { name: 'Reachability on 80/TCP' })).toBeVisible()
    await expect(net.getByTestId('net.cell.y/b.x/a')).toHaveText('✓')
    await expect(net.getByTestId('net.cell.z/b.x/a')).toHaveText('✗')
    await expect(net.getByTestId('net.cell.z/b.x/b')).toHaveText('✓')
    await expect(net.getByRole('img', { name: /Allowed connections on 80\/TCP/ })).toBeVisible()
    await net.getByTestId('net.cell.z/b.x/a').click()
    const why = net.getByRole('region', { name: 'Connection explanation' })
    await expect(why).toContainText('isolated for ingress by x/allow-from-y')
    await expect(why).toContainText('no rule allows z/b on 80/TCP')
    // the on-demand explanation goes rule by rule, with the rule's path in the policy
    await expect(why.locator('.rules li').filter({ hasText: 'spec.ingress[0]' })).toBeVisible()
    await net.getByTestId('net.cell.y/c.x/a').click()
    await expect(why).toContainText('x/allow-from-y rule 1 allows it')
    // picking the policy highlights the pod it selects and the pods its rule admits
    await net.getByRole('button', { name: 'x/allow-from-y', exact: true }).click()
    await expect(net.getByRole('columnheader', { name: 'x/a' })).toHaveClass(/hl-selects/)
    await expect(net.getByRole('columnheader', { name: 'y/b' })).toHaveClass(/hl-peer/)
    await expect(net.getByRole('columnheader', { name: 'z/b' })).not.toHaveClass(/hl-/)
    // a default-deny policy for namespace y turns y's columns red
    const policy = await playground.editorText('policy')
    await playground.setEditorText(
      'policy',
      `${policy}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-all, namespace: 'y'}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n`,
    )
    await expect(net.getByTestId('net.cell.x/a.y/b')).toHaveText('✗')
    await expect(net.getByTestId('net.cell.z/c.y/a')).toHaveText('✗')
    await expect(net.getByTestId('net.cell.y/a.z/c')).toHaveText('✓')
  })
})

test('the level control overrides the namespace and changes the verdict', async ({
  playground,
  page,
}) => {
  await playground.goto()
  const pss = page.getByRole('region', { name: 'Pod Security Standards' })
  // no namespace labels: Pod Security Admission's default, privileged:latest, admits the pod
  await expect(pss.getByText('allowed', { exact: true })).toBeVisible()
  await expect(pss.getByTestId('pss.source')).toContainText('privileged:latest')
  // the ladder still says what the stricter levels ask
  await expect(pss.getByTestId('pss.level.baseline')).toContainText('no, 2 checks')
  const level = page.getByRole('combobox', { name: 'Level' })
  await level.selectOption('restricted')
  await expect(pss.getByText('denied', { exact: true })).toBeVisible()
  await expect(pss.getByTestId('pss.source')).toContainText('chosen in podplay')
  await level.selectOption('baseline')
  await expect(pss.getByTestId('pss.violation.hostNamespaces')).toBeVisible()
})

test('the version control shows how the verdict changes over releases', async ({
  playground,
  page,
}) => {
  await playground.goto()
  const pss = page.getByRole('region', { name: 'Pod Security Standards' })
  await page.getByRole('combobox', { name: 'Level' }).selectOption('restricted')
  await expect(pss.getByTestId('pss.violation.capabilities_restricted')).toBeVisible()
  await page.getByLabel('Version').selectOption('v1.0')
  await expect(pss.getByTestId('pss.message')).toContainText('"restricted:v1.0"')
  // capabilities are checked by the restricted level only from v1.22 on
  await expect(pss.getByTestId('pss.violation.capabilities_restricted')).toHaveCount(0)
  await expect(pss.getByTestId('pss.violation.hostNamespaces')).toBeVisible()
  await page.getByLabel('Version').selectOption('v1.22')
  await expect(pss.getByTestId('pss.violation.capabilities_restricted')).toBeVisible()
})

test('the runtime control changes the default capability set', async ({ playground, page }) => {
  await playground.goto()
  const kubia = playground.container('kubia')
  await expect(kubia.getByText('Capabilities: 14')).toBeVisible()
  await page.getByLabel('Runtime').selectOption('cri-o')
  await expect(kubia.getByText('Capabilities: 9', { exact: false })).toBeVisible()
  await expect(kubia.getByRole('button', { name: 'NET_RAW (default)' })).toHaveCount(0)
})

test('PodSecurityPolicies the service account may not use are skipped', async ({
  playground,
  page,
}) => {
  await playground.goto()
  await playground.pickExample('PodSecurityPolicy')
  const card = page.getByRole('article', { name: 'Pod default/pod-add-settime' })
  const psp = card.getByRole('region', { name: 'PodSecurityPolicy' })
  await expect(psp.getByText('admitted', { exact: true })).toBeVisible()
  await psp.getByRole('checkbox', { name: 'default' }).uncheck()
  await expect(psp.getByText('rejected', { exact: true })).toBeVisible()
  await expect(psp.getByTestId('psp.candidate.default')).toContainText('not usable')
})
