global using Strategy.Testing;
