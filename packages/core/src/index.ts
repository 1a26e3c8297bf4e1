// The public entry of @antq/core: the pure domain shared by server, web and documents.
export * from './text/vietnamese'
export * from './text/dates'
export * from './units/unit-kinds'
export * from './units/unit'
export * from './units/unit-import-row'
export * from './permissions/permissions'
export * from './errors/app-error'
export * from './text/sort-key'
