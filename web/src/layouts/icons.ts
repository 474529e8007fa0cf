import { Odometer, ChatLineSquare, Message, Postcard, OfficeBuilding, User, Document, Files } from '@element-plus/icons-vue'
import type { Component } from 'vue'

export const MENU_ICONS: Record<string, Component> = {
  dashboard: Odometer,
  mediation: ChatLineSquare,
  petition: Message,
  enforcement: Postcard,
  administration: Files,
  org: OfficeBuilding,
  users: User,
  audit: Document,
}
