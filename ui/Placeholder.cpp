namespace TokenConsole {}
