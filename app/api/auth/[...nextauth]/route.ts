import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { portalPageInstead } from '@/lib/auth/auth-pages';

// Auth.js's own sign-in, sign-out, error and verify-request pages never show; the portal has its own.
export const GET = (request: NextRequest) => portalPageInstead(request) ?? handlers.GET(request);
export const POST = (request: NextRequest) => portalPageInstead(request) ?? handlers.POST(request);
