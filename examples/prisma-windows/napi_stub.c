/* The stand-in Prisma query engine: a minimal N-API addon, so that Windows node.exe loads it
 * (require) the way a dev server loads the real engine, and the loaded file is held as on Windows.
 * prisma generate only copies it. Built by wine_project.py with x86_64-w64-mingw32-gcc -shared. */
typedef void *napi_env;
typedef void *napi_value;

__declspec(dllexport) napi_value napi_register_module_v1(napi_env env, napi_value exports) {
    (void)env;
    return exports;
}

__declspec(dllexport) int node_api_module_get_api_version_v1(void) { return 8; }
