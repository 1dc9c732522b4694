import { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { portalPageInstead, withoutCallbackUrls } from '@/lib/auth/auth-pages';

const rebuild = (url: URL, init: RequestInit) => new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);

// Auth.js's own sign-in, sign-out, error and verify-request pages never show; the portal has its own.
export const GET = async (request: NextRequest) => portalPageInstead(request) ?? handlers.GET(await withoutCallbackUrls(request, rebuild));
export const POST = async (request: NextRequest) => portalPageInstead(request) ?? handlers.POST(await withoutCallbackUrls(request, rebuild));
