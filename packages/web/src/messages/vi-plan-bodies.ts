// Texts of the plan's bodies (cơ quan, đơn vị được giao nhiệm vụ): spread into vi.ts.
export const planBodyMessages = {
  planBodies: {
    section: 'Cơ quan, đơn vị',
    title: 'Cơ quan, đơn vị được giao nhiệm vụ',
    intro:
      'Các cơ quan, đơn vị kế hoạch giao nhiệm vụ, là đơn vị trực thuộc cơ quan ban hành trong danh mục đơn vị.',
    columns: {
      body: 'Cơ quan, đơn vị (theo kế hoạch)',
      unit: 'Đơn vị trong danh mục',
      accounts: 'Tài khoản đang hoạt động',
    },
    createUnit: 'Tạo đơn vị',
    confirm: 'Đồng ý',
    createConfirm: (name: string) => `Tạo đơn vị "${name}" trực thuộc cơ quan ban hành kế hoạch?`,
    created: (name: string) => `Đã tạo đơn vị ${name}`,
    empty: 'Kế hoạch không nêu cơ quan, đơn vị nào',
  },
}
