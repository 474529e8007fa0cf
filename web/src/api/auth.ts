import { http } from './http'
import type { SessionInfo } from './types'

export const authApi = {
  login: (username: string, password: string) =>
    http.post<SessionInfo>('auth/login', { username, password }, { skipAuthRedirect: true }),
  logout: () => http.post<void>('auth/logout', undefined, { skipAuthRedirect: true }),
  session: () => http.get<SessionInfo>('auth/session', undefined, { skipAuthRedirect: true }),
  changePassword: (oldPassword: string, newPassword: string) =>
    http.post<void>('auth/password', { oldPassword, newPassword }),
}
