import { z } from 'zod';
import { Page } from './common';
import { UnitSummary } from './units';

export const Role = z.enum(['system_admin', 'unit_admin', 'officer', 'leader', 'viewer']);
export type Role = z.infer<typeof Role>;

export const LoginBody = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(64),
  password: z.string().min(1, 'Nhập mật khẩu').max(256),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Password = z.string().min(8, 'Mật khẩu cần ít nhất 8 ký tự').max(256);

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: Password,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const Account = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  role: Role,
  isActive: z.boolean(),
  unit: UnitSummary.nullable(),
  organization: UnitSummary.nullable(),
  /** The subtree the account may change; null = the whole country (system administrators). */
  captureScope: UnitSummary.nullable(),
  /** The subtree the account may read; null = the whole country. */
  viewScope: UnitSummary.nullable(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof Account>;

export const Me = Account;
export type Me = Account;

const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,64}$/, 'Tên đăng nhập 3–64 ký tự: chữ thường không dấu, số, . _ -');

export const CreateUserBody = z.object({
  username: Username,
  password: Password,
  fullName: z.string().trim().min(1).max(120),
  position: z.string().trim().max(120).nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
  email: z.email('Email không hợp lệ').nullable().optional(),
  role: Role,
  unit: z.string().min(1).max(40),
  organization: z.string().min(1).max(40).nullable().optional(),
  captureScope: z.string().min(1).max(40).nullable().optional(),
  viewScope: z.string().min(1).max(40).nullable().optional(),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  fullName: z.string().trim().min(1).max(120).optional(),
  position: z.string().trim().max(120).nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
  email: z.email('Email không hợp lệ').nullable().optional(),
  role: Role.optional(),
  isActive: z.boolean().optional(),
  organization: z.string().min(1).max(40).nullable().optional(),
  captureScope: z.string().min(1).max(40).nullable().optional(),
  viewScope: z.string().min(1).max(40).nullable().optional(),
  password: Password.optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const UserListQuery = z.object({
  unit: z.string().max(40).optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserList = Page(Account);
export type UserList = z.infer<typeof UserList>;
