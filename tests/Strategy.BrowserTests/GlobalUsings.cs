global using Microsoft.Playwright;
global using Strategy.Testing;
